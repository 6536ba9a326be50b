// Idiom: NativeMemory.AlignedAlloc buffer with a padded row pitch, each row wrapped in a Span<float>.
// Use: softmax over the classes of every sample of an unmanaged [batch, classes] activation buffer.
// Layout: unmanaged float buffer, row-major, pitch = classes rounded up to 8 floats (padding never read).
// Correct: each row's own max (over its `classes` cells, not the pitch) and own sum.
// Our own code.
using System;
using System.Runtime.InteropServices;

namespace HeldOut89.NativeMemory_AlignedPitchRows;

public static unsafe class PitchedSoftmax
{
    public static int PitchOf(int classes) => (classes + 7) & ~7;

    public static float* Allocate(int batch, int classes) =>
        (float*)NativeMemory.AlignedAlloc((nuint)(batch * PitchOf(classes) * sizeof(float)), 32);

    public static void Free(float* buffer) => NativeMemory.AlignedFree(buffer);

    public static void Softmax(float* input, float* output, int batch, int classes)
    {
        int pitch = PitchOf(classes);
        for (int b = 0; b < batch; b++)
        {
            var src = new ReadOnlySpan<float>(input + (nint)b * pitch, classes);
            var dst = new Span<float>(output + (nint)b * pitch, classes);

            float peak = src[0];
            for (int c = 1; c < src.Length; c++)
            {
                peak = MathF.Max(peak, src[c]);
            }

            float denom = 0f;
            for (int c = 0; c < src.Length; c++)
            {
                dst[c] = MathF.Exp(src[c] - peak);
                denom += dst[c];
            }

            float inv = 1f / denom;
            for (int c = 0; c < dst.Length; c++)
            {
                dst[c] *= inv;
            }
        }
    }
}
