// Idiom: ImmutableArray<float> input read through indexers; result wrapped without a copy by
// ImmutableCollectionsMarshal.AsImmutableArray.
// Use: per-sample softmax over an output buffer that a BLAS-style kernel wrote class-major.
// Layout: flat ImmutableArray<float>, class-major [classes, batch]: sample b's class c at c * batch + b.
// Correct: for each sample, the max and the sum stride over the classes of that sample (stride = batch).
// Our own code.
#nullable enable
using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace HeldOut85.ImmutableArrayStrided_ClassMajor;

public static class ClassMajorSoftmax
{
    public static ImmutableArray<float> PerSample(ImmutableArray<float> z, int classes)
    {
        int batch = z.Length / classes;
        var y = new float[z.Length];
        for (int b = 0; b < batch; b++)
        {
            float max = float.NegativeInfinity;
            for (int i = b; i < z.Length; i += batch)
                max = MathF.Max(max, z[i]);

            float sum = 0f;
            for (int i = b; i < z.Length; i += batch)
            {
                y[i] = MathF.Exp(z[i] - max);
                sum += y[i];
            }

            for (int i = b; i < z.Length; i += batch)
                y[i] /= sum;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(y);
    }
}
