// Re-creation (our own code) of the shape of SoftPool (Stergiou, Poppe & Kalliatakis 2021, "Refining activation
// downsampling with SoftPool"): inside every k×k pooling window, w_i = exp(a_i) / Σ_j exp(a_j) and the output is
// Σ_i w_i a_i.
// Layout: float[C, H, W] activations (rank 3), 2×2 windows with stride 2, weights written back as float[C, H, W],
// pooled output float[C, H/2, W/2].
// Correct: each window's own maximum is the shift.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class SoftPoolWindowWeights
{
    public static void Pool(float[,,] activation, float[,,] weights, float[,,] pooled)
    {
        int channels = activation.GetLength(0);
        int height = activation.GetLength(1);
        int width = activation.GetLength(2);
        for (int c = 0; c < channels; c++)
        {
            for (int y = 0; y + 1 < height; y += 2)
            {
                for (int x = 0; x + 1 < width; x += 2)
                {
                    float peak = float.NegativeInfinity;
                    for (int dy = 0; dy < 2; dy++)
                        for (int dx = 0; dx < 2; dx++)
                            peak = MathF.Max(peak, activation[c, y + dy, x + dx]);

                    float denominator = 0f;
                    for (int dy = 0; dy < 2; dy++)
                    {
                        for (int dx = 0; dx < 2; dx++)
                        {
                            float e = MathF.Exp(activation[c, y + dy, x + dx] - peak);
                            weights[c, y + dy, x + dx] = e;
                            denominator += e;
                        }
                    }

                    float output = 0f;
                    for (int dy = 0; dy < 2; dy++)
                    {
                        for (int dx = 0; dx < 2; dx++)
                        {
                            weights[c, y + dy, x + dx] /= denominator;
                            output += weights[c, y + dy, x + dx] * activation[c, y + dy, x + dx];
                        }
                    }

                    pooled[c, y / 2, x / 2] = output;
                }
            }
        }
    }
}
