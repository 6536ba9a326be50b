// Idiom: a `ref struct` lane with a `ref double` field and a stride — a strided view of one sample in a class-major
// buffer, `ref double this[int i] => ref Unsafe.Add(ref _first, i * _stride)`.
// Use: per-sample softmax over the classes. Layout: double[classes * batch], class-major (sample b: b, b + batch, ...).
// Bug (LG0003): the exps of the raw logits are taken and normalised; no max is subtracted.
// Our own code.
using System;
using System.Runtime.CompilerServices;

namespace HeldOut76.RefStructField_StridedLaneRaw;

public ref struct Lane(ref double first, int count, int stride)
{
    private readonly ref double _first = ref first;

    public readonly int Count = count;

    public readonly ref double this[int i] => ref Unsafe.Add(ref _first, i * stride);
}

public static class LaneSoftmax
{
    public static void Columns(double[] z, int classes, int batch)
    {
        for (int b = 0; b < batch; b++)
        {
            var lane = new Lane(ref z[b], classes, batch);
            double s = 0.0;
            for (int i = 0; i < lane.Count; i++)
            {
                lane[i] = Math.Exp(lane[i]); //~ LG0003
                s += lane[i];
            }

            for (int i = 0; i < lane.Count; i++)
            {
                lane[i] /= s;
            }
        }
    }
}
