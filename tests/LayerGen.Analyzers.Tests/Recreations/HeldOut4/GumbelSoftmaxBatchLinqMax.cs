// Source: batched Gumbel-softmax relaxations in C# (discrete-VAE / differentiable-sampling experiments):
// perturb every row, then softmax each row of (x + g) / tau.
// Layout: row-major [batch, categories] flat; perturbed buffer z; max via LINQ.
// Bug: `z.Max()` is the max of the whole batch, not of each row (rows far below it underflow to 0/0).
using System;
using System.Linq;

namespace LayerGen.HeldOut4.GumbelSoftmaxBatchLinqMax;

public static class BatchedGumbel
{
    public static float[] Relax(float[] logits, float[] noise, int batch, int categories, float tau)
    {
        float[] z = new float[logits.Length];
        for (int i = 0; i < z.Length; i++)
            z[i] = (logits[i] + noise[i]) / tau;

        float shift = z.Max(); //~ LG0001
        var y = new float[z.Length];
        for (int b = 0; b < batch; b++)
        {
            float rowSum = 0f;
            for (int k = 0; k < categories; k++)
            {
                y[b * categories + k] = MathF.Exp(z[b * categories + k] - shift);
                rowSum += y[b * categories + k];
            }

            for (int k = 0; k < categories; k++)
                y[b * categories + k] /= rowSum;
        }

        return y;
    }
}
