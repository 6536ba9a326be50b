// Source: Slot Attention (Locatello et al. 2020; lucidrains/slot-attention: softmax over the slot dimension, then a
// weighted mean over the inputs), re-created.
// Layout: double[slots, inputs] dot products (k . q^T), the softmax runs down each input's column (over slots);
// a per-input max array; afterwards the attention is renormalised over the inputs for the weighted mean.
// Correct: max and sum per input column; the second normalisation is over the softmax output, not the logits.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class SlotAttention_SlotAxisColumns
{
    public static double[,] Attend(double[,] logits, out double[,] meanWeights)
    {
        int slots = logits.GetLength(0);
        int inputs = logits.GetLength(1);
        var inputMax = new double[inputs];
        for (int n = 0; n < inputs; n++) inputMax[n] = double.NegativeInfinity;
        for (int k = 0; k < slots; k++)
            for (int n = 0; n < inputs; n++)
                inputMax[n] = Math.Max(inputMax[n], logits[k, n]);

        var attn = new double[slots, inputs];
        var inputSum = new double[inputs];
        for (int k = 0; k < slots; k++)
            for (int n = 0; n < inputs; n++)
            {
                attn[k, n] = Math.Exp(logits[k, n] - inputMax[n]);
                inputSum[n] += attn[k, n];
            }

        for (int k = 0; k < slots; k++)
            for (int n = 0; n < inputs; n++)
                attn[k, n] /= inputSum[n];

        const double epsilon = 1e-8;
        meanWeights = new double[slots, inputs];
        for (int k = 0; k < slots; k++)
        {
            double mass = 0;
            for (int n = 0; n < inputs; n++) mass += attn[k, n] + epsilon;
            for (int n = 0; n < inputs; n++) meanWeights[k, n] = (attn[k, n] + epsilon) / mass;
        }
        return attn;
    }
}
