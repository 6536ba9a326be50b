// Re-creation (our own code) of micrograd-style autograd nodes (karpathy/micrograd engine.Value: exp, +, /) used for a
// classifier's softmax, `counts = [l.exp() for l in logits]; probs = [c / sum(counts) for c in counts]`.
// Correct: the logits' data max is subtracted before each exp. Layout: a Node class with Data and a backward closure; a static exp helper
// in a LINQ Select and an instance Exp() in a loop.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.NumpyPorts_NodeExpShifted;

/// <summary>A scalar autograd node.</summary>
public sealed class Node
{
    /// <summary>Creates a node holding <paramref name="data"/>.</summary>
    public Node(double data) => Data = data;

    /// <summary>The forward value.</summary>
    public double Data { get; }

    /// <summary>The accumulated gradient.</summary>
    public double Grad { get; set; }

    /// <summary>Propagates Grad to the inputs.</summary>
    public Action Backward { get; set; } = () => { };

    /// <summary>Sum node.</summary>
    public static Node operator +(Node a, Node b)
    {
        var result = new Node(a.Data + b.Data);
        result.Backward = () => { a.Grad += result.Grad; b.Grad += result.Grad; };
        return result;
    }

    /// <summary>Difference with a constant.</summary>
    public static Node operator -(Node a, double c) => new Node(a.Data - c);

    /// <summary>Quotient node.</summary>
    public static Node operator /(Node a, Node b) => new Node(a.Data / b.Data);

    /// <summary>exp node of this one.</summary>
    public Node Exp()
    {
        var result = new Node(Math.Exp(this.Data));
        result.Backward = () => Grad += result.Grad * result.Data;
        return result;
    }

    /// <summary>exp node of <paramref name="node"/>.</summary>
    public static Node ExpOf(Node node) => new Node(Math.Exp(node.Data));
}

/// <summary>Softmax over autograd nodes.</summary>
public static class NodeSoftmax
{
    /// <summary>LINQ over an array of nodes.</summary>
    public static Node[] Probabilities(Node[] logits)
    {
        double top = logits.Max(l => l.Data);
        Node[] counts = logits.Select(l => Node.ExpOf(l - top)).ToArray();
        Node denom = counts.Aggregate((a, b) => a + b);
        return counts.Select(c => c / denom).ToArray();
    }

    /// <summary>A loop over a list of nodes.</summary>
    public static List<Node> ProbabilityList(IReadOnlyList<Node> logits)
    {
        double top = double.NegativeInfinity;
        foreach (Node logit in logits) top = Math.Max(top, logit.Data);
        var counts = new List<Node>();
        Node denom = new Node(0.0);
        for (int k = 0; k < logits.Count; k++)
        {
            Node count = (logits[k] - top).Exp();
            counts.Add(count);
            denom += count;
        }

        return counts.Select(c => c / denom).ToList();
    }
}
