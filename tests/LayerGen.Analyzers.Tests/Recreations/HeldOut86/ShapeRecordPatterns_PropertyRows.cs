// Idiom: property patterns over a shape record (`t is { Shape: { Batch: var batch, Classes: var classes }, Data: { Length: var len } }`)
// Use: a tensor wrapper's softmax method
// Layout: record Tensor(float[] Data, Shape Shape), flat row-major data, softmax per row
// Correct
// Our own code
using System;

namespace HeldOut86.ShapeRecordPatterns_PropertyRows;

public sealed record Shape(int Batch, int Classes);

public sealed record Tensor(float[] Data, Shape Shape);

public static class TensorOps
{
    public static Tensor Softmax(Tensor t)
    {
        if (t is not { Shape: { Batch: var batch, Classes: var classes and > 0 }, Data: { Length: var len } data } || len != batch * classes)
        {
            throw new ArgumentException("shape does not match data", nameof(t));
        }

        var outData = new float[len];
        for (int b = 0; b < batch; b++)
        {
            int row = b * classes;
            float max = data[row];
            for (int c = 1; c < classes; c++)
            {
                max = MathF.Max(max, data[row + c]);
            }

            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                float e = MathF.Exp(data[row + c] - max);
                outData[row + c] = e;
                sum += e;
            }

            float inv = 1f / sum;
            for (int c = 0; c < classes; c++)
            {
                outData[row + c] *= inv;
            }
        }

        return t with { Data = outData };
    }
}
