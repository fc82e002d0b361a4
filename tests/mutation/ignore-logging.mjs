// A Stryker ignorer: mutants inside a console.* call, or that only remove one (a catch block or
// an arrow function whose whole body is logging), are not counted. What the code logs is for a
// developer reading the terminal; what it does (refuse, answer, keep the data) is tested.
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

const reason = 'Logging only: the text and the act of writing to the console are not behaviour the tests pin.';

function isConsoleCall(node) {
  return (
    node?.type === 'CallExpression' &&
    node.callee.type === 'MemberExpression' &&
    node.callee.object.type === 'Identifier' &&
    node.callee.object.name === 'console'
  );
}

function onlyLogs(statements) {
  return (
    statements.length > 0 &&
    statements.every((statement) => statement.type === 'ExpressionStatement' && isConsoleCall(statement.expression))
  );
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'logging', {
    shouldIgnore(path) {
      const node = path.node;
      if (isConsoleCall(node)) return reason;
      if (node.type === 'BlockStatement' && onlyLogs(node.body)) return reason;
      if (node.type === 'ArrowFunctionExpression' && isConsoleCall(node.body)) return reason;
      return undefined;
    },
  }),
];
