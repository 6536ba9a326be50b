// Idiom: a synchronous span kernel that checks a CancellationToken once per row, wrapped by an async entry point that
// offloads it with Task.Run (spans cannot cross an await).
// Use: a request handler that must abandon a big normalisation when the client disconnects.
// Layout: flat row-major float[rows * classes] in, separate float[] out; rows read as ReadOnlySpan slices.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.Cancellation_SpanRows;

public static class CancellableSoftmax
{
    public static Task<float[]> SoftmaxAsync(float[] logits, int classes, CancellationToken ct) =>
        Task.Run(() =>
        {
            var output = new float[logits.Length];
            Softmax(logits, output, classes, ct);
            return output;
        }, ct);

    public static void Softmax(ReadOnlySpan<float> x, Span<float> y, int classes, CancellationToken ct)
    {
        for (int start = 0; start + classes <= x.Length; start += classes)
        {
            ct.ThrowIfCancellationRequested();
            ReadOnlySpan<float> src = x.Slice(start, classes);
            Span<float> dst = y.Slice(start, classes);

            float max = float.NegativeInfinity;
            foreach (float v in src)
            {
                max = MathF.Max(max, v);
            }

            float sum = 0f;
            for (int i = 0; i < src.Length; i++)
            {
                dst[i] = MathF.Exp(src[i] - max);
                sum += dst[i];
            }

            for (int i = 0; i < dst.Length; i++)
            {
                dst[i] /= sum;
            }
        }
    }
}
