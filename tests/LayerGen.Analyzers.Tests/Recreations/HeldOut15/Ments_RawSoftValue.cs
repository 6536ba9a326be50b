// HeldOut15 — Ments_RawSoftValue
// Source: MENTS (Xiao et al. 2019), written from the paper's soft Bellman backup with node objects.
// Layout: tree nodes as a class with a List<Node> of children, each child carrying its soft Q value;
// LINQ Sum over the children.
// Bug (LG0003): the soft value V = τ log Σ exp(Q / τ) exponentiates the raw soft Q values (overflow
// above ~709τ gives V = ∞ and a policy of zeros).
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut15;

public static class Ments_RawSoftValue
{
    /// <summary>A search-tree node with its soft Q value (as a child) and its children.</summary>
    public sealed class Node
    {
        /// <summary>Soft Q value of the action leading to this node.</summary>
        public double QSoft { get; set; }

        /// <summary>Child nodes, one per action.</summary>
        public List<Node> Children { get; } = new();
    }

    /// <summary>Exploration policy over the children of a node.</summary>
    public static double[] Policy(Node node, double tau, double lambda)
    {
        int count = node.Children.Count;
        double v = tau * Math.Log(node.Children.Sum(c => Math.Exp(c.QSoft / tau))); //~ LG0003
        return node.Children.Select(c => (1 - lambda) * Math.Exp((c.QSoft - v) / tau) + lambda / count).ToArray();
    }
}
