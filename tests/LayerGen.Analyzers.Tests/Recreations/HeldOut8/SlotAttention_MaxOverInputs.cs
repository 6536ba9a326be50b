// Source: Slot Attention (Locatello et al. 2020; softmax over the slots for every input), re-created as a port that
// reduced the max along the wrong dimension of the [slots, inputs] logits.
// Layout: double[slots, inputs]; the softmax runs down each input's column (over slots), the sum is per input.
// Bug (LG0004): the max is taken per slot across the inputs (the row), while the sum runs over the slots of each
// input (the column): the shift is not constant within a softmax slice.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class SlotAttention_MaxOverInputs
{
    public static double[,] Attend(double[,] logits)
    {
        int slots = logits.GetLength(0), inputs = logits.GetLength(1);
        var slotMax = new double[slots];
        for (int k = 0; k < slots; k++)
        {
            slotMax[k] = double.NegativeInfinity;
            for (int n = 0; n < inputs; n++)
                slotMax[k] = Math.Max(slotMax[k], logits[k, n]); //~ LG0004
        }

        var attn = new double[slots, inputs];
        var inputSum = new double[inputs];
        for (int k = 0; k < slots; k++)
            for (int n = 0; n < inputs; n++)
            {
                attn[k, n] = Math.Exp(logits[k, n] - slotMax[k]);
                inputSum[n] += attn[k, n];
            }

        for (int k = 0; k < slots; k++)
            for (int n = 0; n < inputs; n++)
                attn[k, n] /= inputSum[n];
        return attn;
    }
}
