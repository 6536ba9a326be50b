// Idiom: batched leaf evaluation in MCTS: the network evaluates a batch of leaves at once and its policy head comes back
// move-major (one row per move, one column per leaf, as a W·X product); the priors of each leaf are a softmax over the
// moves (a column). Written as our own code.
// Layout: float[moves, leaves]; the peak is folded per move along its row (over the leaves), the sum per leaf down the
// column (over the moves).
// Bug: LG0004 (max and sum over different axes: each leaf's logits are shifted by a different value per move).
using System;

namespace HeldOut46.Mcts_LeafBatchMovePeak;

public static class LeafEvaluator
{
    public static float[,] LeafPriors(float[,] logits)
    {
        int moves = logits.GetLength(0);
        int leaves = logits.GetLength(1);
        var peak = new float[moves];
        for (int m = 0; m < moves; m++)
        {
            peak[m] = float.NegativeInfinity;
            for (int l = 0; l < leaves; l++)
            {
                peak[m] = MathF.Max(peak[m], logits[m, l]); //~ LG0004
            }
        }

        var priors = new float[moves, leaves];
        for (int l = 0; l < leaves; l++)
        {
            float z = 0f;
            for (int m = 0; m < moves; m++)
            {
                priors[m, l] = MathF.Exp(logits[m, l] - peak[m]);
                z += priors[m, l];
            }

            for (int m = 0; m < moves; m++)
            {
                priors[m, l] /= z;
            }
        }

        return priors;
    }
}
