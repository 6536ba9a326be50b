// Idiom: recursion over a tree-shaped batch — Apply(node) softmaxes a leaf's logits, then recurses into children.
// Use: hierarchical batches (groups of groups of samples), each leaf one sample.
// Layout: class Node with float[]? Logits and Node[] Children; output written to the leaf.
// Correct: each leaf is normalised with its own max and sum; the recursion carries nothing between leaves.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.TreeBatch_LeafSoftmax;

public sealed class Node
{
    public Node(float[]? logits, params Node[] children)
    {
        Logits = logits;
        Children = children;
    }

    public float[]? Logits { get; }

    public Node[] Children { get; }

    public float[]? Probabilities { get; set; }
}

public static class TreeSoftmax
{
    public static void Apply(Node node)
    {
        if (node.Logits is { } z)
        {
            float top = z[0];
            for (int i = 1; i < z.Length; i++)
            {
                if (z[i] > top)
                {
                    top = z[i];
                }
            }

            var p = new float[z.Length];
            float s = 0f;
            for (int i = 0; i < z.Length; i++)
            {
                p[i] = MathF.Exp(z[i] - top);
                s += p[i];
            }

            for (int i = 0; i < z.Length; i++)
            {
                p[i] /= s;
            }

            node.Probabilities = p;
        }

        foreach (Node child in node.Children)
        {
            Apply(child);
        }
    }
}
