// Idiom: MCTS expansion, the network's child logits turned into priors P(s, a) per expanded node.
// Use: AlphaZero-style tree search for a board game; nodes are structs in an array, children contiguous in an arena.
// Layout: TreeNode[] (FirstChild, ChildCount) over a flat float[] child arena.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut98.MctsPriors_NodeStructs;

public struct TreeNode
{
    public int FirstChild;
    public int ChildCount;
    public float VisitCount;
}

public static class PriorExpansion
{
    public static void SetPriors(TreeNode[] nodes, float[] childLogits, float[] priors)
    {
        for (int n = 0; n < nodes.Length; n++)
        {
            ref readonly TreeNode node = ref nodes[n];
            int first = node.FirstChild, last = node.FirstChild + node.ChildCount;
            float max = float.NegativeInfinity;
            for (int c = first; c < last; c++) max = MathF.Max(max, childLogits[c]);

            float total = 0f;
            for (int c = first; c < last; c++)
            {
                priors[c] = MathF.Exp(childLogits[c] - max);
                total += priors[c];
            }

            for (int c = first; c < last; c++) priors[c] /= total;
        }
    }
}
