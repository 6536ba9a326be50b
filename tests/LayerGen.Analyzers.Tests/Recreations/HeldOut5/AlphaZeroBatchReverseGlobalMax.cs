// Source: batched MCTS leaf evaluation in C# engines: policy logits [positions, moves] from one network call.
// Layout: flat float[positions, moves], softmax over the moves of each position.
// Bug (LG0001): one max over the whole batch (walked in reverse), shared by every position.
using System;

namespace LayerGen.Recreations.HeldOut5.AlphaZeroBatchReverseGlobalMaxNs;

public static class AlphaZeroBatchReverseGlobalMax
{
    public static void Priors(float[] logits, float[] priors, int positions, int moves)
    {
        float top = float.MinValue;
        for (int b = positions - 1; b >= 0; b--)
        {
            for (int a = moves - 1; a >= 0; a--)
            {
                if (logits[b * moves + a] > top) top = logits[b * moves + a]; //~ LG0001
            }
        }

        for (int b = 0; b < positions; b++)
        {
            float total = 0f;
            for (int a = 0; a < moves; a++)
            {
                priors[b * moves + a] = MathF.Exp(logits[b * moves + a] - top);
                total += priors[b * moves + a];
            }
            for (int a = 0; a < moves; a++)
            {
                priors[b * moves + a] /= total;
            }
        }
    }
}
