// Idiom: image classifier post-processing, the library softmax called per image of the batch
// Layout: flat float[batch * classes], one span per image
// Bug (LG0003): TensorPrimitives.SoftMax subtracts no maximum (NaN for logits in the hundreds)
using System;
using System.Numerics.Tensors;

namespace HeldOut38.BatchClassify_LibrarySoftMax;

public sealed class BatchClassifier
{
    public int NumClasses { get; init; } = 1000;

    public float[] Probabilities(float[] batchLogits)
    {
        int batch = batchLogits.Length / NumClasses;
        var probs = new float[batchLogits.Length];
        for (int b = 0; b < batch; b++)
        {
            var src = batchLogits.AsSpan(b * NumClasses, NumClasses);
            var dst = probs.AsSpan(b * NumClasses, NumClasses);
            TensorPrimitives.SoftMax(src, dst); //~ LG0003
        }

        return probs;
    }
}
