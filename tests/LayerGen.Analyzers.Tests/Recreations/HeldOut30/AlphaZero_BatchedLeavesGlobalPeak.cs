// AlphaZero / MCTS leaf evaluation in batches (a self-play worker that queues leaf positions and runs the network once
// per batch, as in the batched-MCTS C# engines): each leaf's legal-move priors from its row of move logits.
// Layout: row-major float[leaves, moves] logits with a bool[leaves, moves] legal mask; one softmax per leaf (row).
// Bug (LG0001): the max is folded once over every leaf's legal logits before the leaf loop, so a leaf whose logits sit
// far below the batch's best underflows to 0/0.
using System;

namespace HeldOut30.AlphaZero_BatchedLeavesGlobalPeak;

/// <summary>Turns one network batch of leaf logits into per-leaf priors.</summary>
public static class LeafBatch
{
    /// <summary>Per-leaf priors over the legal moves (zero for illegal ones).</summary>
    public static float[,] Priors(float[,] logits, bool[,] legal)
    {
        int leaves = logits.GetLength(0);
        int moves = logits.GetLength(1);
        var priors = new float[leaves, moves];

        float peak = float.NegativeInfinity;
        for (int leaf = 0; leaf < leaves; leaf++)
        {
            for (int m = 0; m < moves; m++)
            {
                if (legal[leaf, m]) peak = MathF.Max(peak, logits[leaf, m]); //~ LG0001
            }
        }

        for (int leaf = 0; leaf < leaves; leaf++)
        {
            float total = 0f;
            for (int m = 0; m < moves; m++)
            {
                if (legal[leaf, m])
                {
                    float e = MathF.Exp(logits[leaf, m] - peak);
                    priors[leaf, m] = e;
                    total += e;
                }
            }

            for (int m = 0; m < moves; m++)
            {
                priors[leaf, m] /= total;
            }
        }

        return priors;
    }
}
