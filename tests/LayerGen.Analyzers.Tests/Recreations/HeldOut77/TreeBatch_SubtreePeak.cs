// known gap: the tree max Top(tree) is a recursive switch over Leaf/Fork records, not read as a max (leaves.Max(l => l.Max()) is)
// gap: -LG0001@35
// Idiom: recursion over a binary tree of records by pattern matching (Leaf / Fork), a recursive Top(tree) and a
// recursive Normalise(tree, top, output).
// Use: a tree-shaped batch of samples, one softmax per leaf.
// Layout: abstract record Tree; sealed record Leaf(double[] Scores); sealed record Fork(Tree Left, Tree Right).
// Bug (LG0001): Top folds the max over every leaf of the tree, and that one max shifts every leaf; a leaf far below
// the tree's max underflows to 0/0. Marked at the call whose result is subtracted.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut77.TreeBatch_SubtreePeak;

public abstract record Tree;

public sealed record Leaf(double[] Scores) : Tree;

public sealed record Fork(Tree Left, Tree Right) : Tree;

public static class ForkSoftmax
{
    private static double Top(Tree t) => t switch
    {
        Leaf leaf => leaf.Scores.Max(),
        Fork fork => Math.Max(Top(fork.Left), Top(fork.Right)),
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    public static List<double[]> Normalise(Tree root)
    {
        var output = new List<double[]>();
        double top = Top(root); //~ LG0001
        Normalise(root, top, output);
        return output;
    }

    private static void Normalise(Tree t, double top, List<double[]> output)
    {
        switch (t)
        {
            case Leaf leaf:
                double[] e = leaf.Scores.Select(s => Math.Exp(s - top)).ToArray();
                double z = e.Sum();
                output.Add(e.Select(v => v / z).ToArray());
                break;
            case Fork fork:
                Normalise(fork.Left, top, output);
                Normalise(fork.Right, top, output);
                break;
        }
    }
}
