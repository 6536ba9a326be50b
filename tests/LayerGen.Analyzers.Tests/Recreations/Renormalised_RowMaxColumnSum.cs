// Variant of Renormalised_ColumnSoftmaxThenRowMass.cs (Slot Attention, lucidrains/slot-attention) with a bug: the
// maximum is taken per slot row (over the inputs) while the softmax sums per input column (over the slots), and the
// output is then renormalised over the inputs. A column whose logits lie far below its slots' row maxima underflows
// to 0 / 0. The renormalisation divides the probabilities again; the bug is the pairing of the first division.
using System;

namespace Recreations.RenormalisedRowMaxColumnSum;

public static class SlotAttention
{
    public static void FlatWeights(float[] logits, float[] weights, int slots, int inputs)
    {
        var rowMax = new float[slots];
        for (int k = 0; k < slots; k++)
        {
            rowMax[k] = float.NegativeInfinity;
            for (int n = 0; n < inputs; n++)
                rowMax[k] = MathF.Max(rowMax[k], logits[k * inputs + n]); //~ LG0004
        }

        var columnSum = new float[inputs];
        for (int k = 0; k < slots; k++)
            for (int n = 0; n < inputs; n++)
            {
                weights[k * inputs + n] = MathF.Exp(logits[k * inputs + n] - rowMax[k]);
                columnSum[n] += weights[k * inputs + n];
            }

        for (int k = 0; k < slots; k++)
            for (int n = 0; n < inputs; n++)
                weights[k * inputs + n] /= columnSum[n];

        for (int k = 0; k < slots; k++)
        {
            float mass = 1e-8f * inputs;
            for (int n = 0; n < inputs; n++) mass += weights[k * inputs + n];
            for (int n = 0; n < inputs; n++) weights[k * inputs + n] = (weights[k * inputs + n] + 1e-8f) / mass;
        }
    }
}
