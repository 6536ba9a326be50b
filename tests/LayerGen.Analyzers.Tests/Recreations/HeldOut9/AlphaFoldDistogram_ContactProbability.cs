// Source: AlphaFold distogram head post-processing (softmax over distance bins for every residue pair, contact
// probability = mass of the bins below 8 A), re-created shape.
// Layout: float[N, N, bins] rank-3, softmax over the last axis, contact map float[N, N]. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class AlphaFoldDistogram_ContactProbability
{
    public static void Contacts(float[,,] logits, int contactBins, float[,,] probs, float[,] contact)
    {
        int n = logits.GetLength(0);
        int bins = logits.GetLength(2);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                float m = float.MinValue;
                for (int b = 0; b < bins; b++)
                {
                    m = MathF.Max(m, logits[i, j, b]);
                }

                float s = 0f;
                for (int b = 0; b < bins; b++)
                {
                    probs[i, j, b] = MathF.Exp(logits[i, j, b] - m);
                    s += probs[i, j, b];
                }

                float near = 0f;
                for (int b = 0; b < bins; b++)
                {
                    probs[i, j, b] /= s;
                    if (b < contactBins) near += probs[i, j, b];
                }

                contact[i, j] = near;
            }
        }
    }
}
