// The floor of the benchmark: React Flow as its own examples use it — default nodes and edges,
// useNodesState/useEdgesState, nothing else — over the same graph as the editor (graph.json?n=…).
import '@xyflow/react/dist/style.css';
import { ReactFlow, useEdgesState, useNodesState } from '@xyflow/react';
import { createRoot } from 'react-dom/client';

const count = new URLSearchParams(window.location.search).get('n') ?? '100';
const graph = await (await fetch(`./graph-${count}.json`)).json();

function Flow() {
  const [nodes, , onNodesChange] = useNodesState(graph.nodes);
  const [edges, , onEdgesChange] = useEdgesState(graph.edges);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView
      minZoom={0.1}
    />
  );
}

createRoot(document.getElementById('root')).render(<Flow />);
