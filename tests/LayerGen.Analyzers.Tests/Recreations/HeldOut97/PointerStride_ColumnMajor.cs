// Idiom: pointer walks with a stride: for (float* q = z + b; q < end; q += batch), a local function for the column
// maximum, fixed over both buffers.
// Use: output layer Z = W·X of a hand-written network that keeps activations class-major (classes × batch).
// Layout: flat float[classes * batch], column-major: sample b's class c at c * batch + b; softmax over each column.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut97.PointerStride_ColumnMajor;

public static unsafe class ClassMajorLayer
{
    public static void Softmax(float[] z, float[] a, int classes, int batch)
    {
        fixed (float* pz = z, pa = a)
        {
            float* end = pz + classes * batch;
            for (int b = 0; b < batch; b++)
            {
                float max = ColumnMax(pz + b, end, batch);
                float sum = 0f;
                float* o = pa + b;
                for (float* q = pz + b; q < end; q += batch, o += batch)
                {
                    *o = MathF.Exp(*q - max);
                    sum += *o;
                }

                for (float* w = pa + b; w < pa + classes * batch; w += batch)
                    *w /= sum;
            }
        }

        static float ColumnMax(float* start, float* stop, int stride)
        {
            float m = float.NegativeInfinity;
            for (float* q = start; q < stop; q += stride)
                if (*q > m) m = *q;
            return m;
        }
    }
}
