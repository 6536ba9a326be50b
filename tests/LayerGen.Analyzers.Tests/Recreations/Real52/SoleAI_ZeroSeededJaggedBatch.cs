// Source: Gordei-Kuznetsov/SoleAI Activations/SoftMax.cs:7 (re-created, not copied)
// Layout: a batch as a jagged float[][] passed by ref; per row b the maximum is taken over the row's neurons (row
// length read from outputs[0]), each neuron becomes (float)Math.Pow(Math.E, x − max) in place with a per-row sum,
// then the row is divided by it.
// Label: LG0003 — the per-row maximum starts at 0f, not at −∞ or the first neuron, and no exp(0 − max) term is
// normalised: a row whose outputs are all below about −104 is shifted by 0, every float power underflows to 0,
// 0 / 0 = NaN (zero-seeded-maximum convention). Axis and reset are right (per row).
using System;

namespace Recreations.Real52.SoleAIZeroSeededJaggedBatch;

public enum ValueRange
{
    ZeroToOne,
    MinusOneToOne,
}

public sealed class SoftMax
{
    public void Act(ref float[][] outputs)
    {
        for (int b = 0; b < outputs.Length; b++)
        {
            float max = 0f;
            for (int n = 0; n < outputs[0].Length; n++)
            {
                if (outputs[b][n] > max)
                {
                    max = outputs[b][n];
                }
            }

            float normBase = 0;
            for (int n = 0; n < outputs[0].Length; n++)
            {
                outputs[b][n] = (float)Math.Pow(Math.E, outputs[b][n] - max); //~ LG0003
                normBase += outputs[b][n];
            }

            for (int n = 0; n < outputs[0].Length; n++)
            {
                outputs[b][n] = outputs[b][n] / normBase;
            }
        }
    }

    public ValueRange GetValueRange() => ValueRange.ZeroToOne;
}
