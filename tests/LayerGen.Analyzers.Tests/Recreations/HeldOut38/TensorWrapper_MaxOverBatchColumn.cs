// Idiom: image classification over a batch with a Tensor wrapper, the max reduced along dim 0 while the softmax runs along dim 1
// Layout: Tensor class with Shape and a flat float[] Data, [n, c] indexer
// Bug (LG0004): maxPerClass[c] runs over the images of the batch, the sum per image over the classes
using System;

namespace HeldOut38.TensorWrapper_MaxOverBatchColumn;

public sealed class Tensor
{
    public Tensor(int batch, int classes)
    {
        Shape = new[] { batch, classes };
        Data = new float[batch * classes];
    }

    public int[] Shape { get; }
    public float[] Data { get; }

    public float this[int n, int c]
    {
        get => Data[n * Shape[1] + c];
        set => Data[n * Shape[1] + c] = value;
    }
}

public static class Activations
{
    public static Tensor Softmax(Tensor x)
    {
        int batch = x.Shape[0], classes = x.Shape[1];
        var maxPerClass = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            maxPerClass[c] = x[0, c];
            for (int n = 1; n < batch; n++)
                if (x[n, c] > maxPerClass[c]) maxPerClass[c] = x[n, c]; //~ LG0004
        }

        var y = new Tensor(batch, classes);
        for (int n = 0; n < batch; n++)
        {
            float s = 0f;
            for (int c = 0; c < classes; c++)
            {
                y[n, c] = MathF.Exp(x[n, c] - maxPerClass[c]);
                s += y[n, c];
            }

            for (int c = 0; c < classes; c++)
                y[n, c] /= s;
        }

        return y;
    }
}
