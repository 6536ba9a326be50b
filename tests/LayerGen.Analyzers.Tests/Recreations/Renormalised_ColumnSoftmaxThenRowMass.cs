// Source: Slot Attention (Locatello et al. 2020; lucidrains/slot-attention: softmax over the slot axis, then the
// attention renormalised over the inputs for a weighted mean), re-created as our own code in two other layouts than
// HeldOut8's double[,]: a flat row-major float[slots * inputs] and jagged float[slots][inputs].
// Correct: max and sum per input column (over slots); the second division renormalises the probabilities over each
// slot's inputs (attn + eps) / mass: it divides already normalised values, so the column max is not paired with it.
using System;

namespace Recreations.RenormalisedColumnSoftmaxThenRowMass;

public static class SlotAttention
{
    public static void FlatWeights(float[] logits, float[] weights, int slots, int inputs)
    {
        var columnMax = new float[inputs];
        Array.Fill(columnMax, float.NegativeInfinity);
        for (int k = 0; k < slots; k++)
            for (int n = 0; n < inputs; n++)
                columnMax[n] = MathF.Max(columnMax[n], logits[k * inputs + n]);

        var columnSum = new float[inputs];
        for (int k = 0; k < slots; k++)
            for (int n = 0; n < inputs; n++)
            {
                weights[k * inputs + n] = MathF.Exp(logits[k * inputs + n] - columnMax[n]);
                columnSum[n] += weights[k * inputs + n];
            }

        for (int k = 0; k < slots; k++)
            for (int n = 0; n < inputs; n++)
                weights[k * inputs + n] /= columnSum[n];

        const float epsilon = 1e-8f;
        for (int k = 0; k < slots; k++)
        {
            float mass = 0f;
            for (int n = 0; n < inputs; n++)
            {
                weights[k * inputs + n] += epsilon;
                mass += weights[k * inputs + n];
            }

            for (int n = 0; n < inputs; n++)
                weights[k * inputs + n] /= mass;
        }
    }

    public static float[][] JaggedWeights(float[][] logits)
    {
        int slots = logits.Length, inputs = logits[0].Length;
        var attn = new float[slots][];
        for (int k = 0; k < slots; k++) attn[k] = new float[inputs];
        for (int n = 0; n < inputs; n++)
        {
            float peak = float.NegativeInfinity;
            for (int k = 0; k < slots; k++) peak = MathF.Max(peak, logits[k][n]);
            float total = 0f;
            for (int k = 0; k < slots; k++)
            {
                attn[k][n] = MathF.Exp(logits[k][n] - peak);
                total += attn[k][n];
            }

            for (int k = 0; k < slots; k++) attn[k][n] /= total;
        }

        var mean = new float[slots][];
        for (int k = 0; k < slots; k++)
        {
            float mass = 1e-8f * inputs;
            for (int n = 0; n < inputs; n++) mass += attn[k][n];
            mean[k] = new float[inputs];
            for (int n = 0; n < inputs; n++) mean[k][n] = (attn[k][n] + 1e-8f) / mass;
        }

        return mean;
    }
}
