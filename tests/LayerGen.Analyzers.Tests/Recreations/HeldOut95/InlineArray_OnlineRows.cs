// Idiom: [InlineArray] (C# 12) fixed-size row buffers; one-pass online softmax (running max with rescaled sum).
// Use: small fixed-width classifier heads kept on the stack/in structs, up to 16 classes.
// Layout: Span<Row16> batch, the first `classes` slots of each row used.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Runtime.CompilerServices;

namespace HeldOut95.InlineArray_OnlineRows;

[InlineArray(16)]
public struct Row16
{
    private float _element0;
}

public static class OnlineSoftmax
{
    public static void InPlace(Span<Row16> batch, int classes)
    {
        for (int b = 0; b < batch.Length; b++)
        {
            ref Row16 row = ref batch[b];
            float m = float.NegativeInfinity;
            float s = 0f;
            for (int j = 0; j < classes; j++)
            {
                float v = row[j];
                if (v > m)
                {
                    s = s * MathF.Exp(m - v) + 1f;
                    m = v;
                }
                else
                {
                    s += MathF.Exp(v - m);
                }
            }
            for (int j = 0; j < classes; j++)
                row[j] = MathF.Exp(row[j] - m) / s;
        }
    }
}
