// HeldOut59 — Fp16Spans_RawJagged. Idiom: half-precision logits per sample as jagged `Half[][]`, each converted to float
// and exponentiated directly (`MathF.Exp((float)row[k])`), summed and divided — no maximum subtracted.
// Use: batched classifier output from an fp16 model export.
// Layout: jagged Half[][] [sample][class] in, jagged float[][] out.
// Bug: LG0003 (raw exp; overflows to Inf/NaN once a logit exceeds ~88).
using System;

namespace HeldOut59.Fp16Spans_RawJagged;

public static class HalfJaggedSoftmax
{
    public static float[][] Forward(Half[][] logits)
    {
        var probs = new float[logits.Length][];
        for (int n = 0; n < logits.Length; n++)
        {
            Half[] row = logits[n];
            var p = new float[row.Length];
            float sum = 0f;
            for (int k = 0; k < row.Length; k++)
            {
                p[k] = MathF.Exp((float)row[k]); //~ LG0003
                sum += p[k];
            }

            for (int k = 0; k < row.Length; k++)
            {
                p[k] /= sum;
            }

            probs[n] = p;
        }

        return probs;
    }
}
