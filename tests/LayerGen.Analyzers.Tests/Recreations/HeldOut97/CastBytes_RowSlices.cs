// Idiom: MemoryMarshal.Cast<byte, float> over a raw output blob, Slice per row, LINQ Max/Select/Sum on the row copy.
// Use: post-processing the raw output tensor bytes returned by a native inference engine (ONNX-style output buffer).
// Layout: byte[] holding float[batch * classes], row-major; softmax over each row.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Linq;
using System.Runtime.InteropServices;

namespace HeldOut97.CastBytes_RowSlices;

public static class OutputBlob
{
    public static float[][] Decode(byte[] raw, int batch, int classes)
    {
        ReadOnlySpan<float> all = MemoryMarshal.Cast<byte, float>(raw);
        var probabilities = new float[batch][];
        for (int r = 0; r < batch; r++)
        {
            float[] row = all.Slice(r * classes, classes).ToArray();
            float max = row.Max();
            float[] exps = row.Select(v => MathF.Exp(v - max)).ToArray();
            float sum = exps.Sum();
            probabilities[r] = exps.Select(e => e / sum).ToArray();
        }

        return probabilities;
    }
}
