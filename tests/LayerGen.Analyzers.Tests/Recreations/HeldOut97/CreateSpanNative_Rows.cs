// Idiom: MemoryMarshal.CreateSpan over a native float* (Unsafe.AsRef on the row's address), span loops per row.
// Use: a P/Invoke callback that hands managed code native buffers of logits and probabilities.
// Layout: native float* of batch * classes, row-major; softmax over each row.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HeldOut97.CreateSpanNative_Rows;

public static unsafe class NativeCallback
{
    public static void Softmax(float* logits, float* probs, int batch, int classes)
    {
        for (int r = 0; r < batch; r++)
        {
            Span<float> src = MemoryMarshal.CreateSpan(ref Unsafe.AsRef<float>(logits + r * classes), classes);
            Span<float> dst = MemoryMarshal.CreateSpan(ref Unsafe.AsRef<float>(probs + r * classes), classes);

            float max = float.NegativeInfinity;
            for (int i = 0; i < src.Length; i++)
                if (src[i] > max) max = src[i];

            float sum = 0f;
            for (int i = 0; i < src.Length; i++)
                sum += dst[i] = MathF.Exp(src[i] - max);

            for (int i = 0; i < dst.Length; i++)
                dst[i] /= sum;
        }
    }
}
