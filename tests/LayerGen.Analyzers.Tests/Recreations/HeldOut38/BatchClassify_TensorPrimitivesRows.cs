// Idiom: image classifier post-processing, one logit vector per image, softmax with System.Numerics.Tensors span primitives
// Layout: jagged float[images][classes]
// Correct
using System;
using System.Numerics.Tensors;

namespace HeldOut38.BatchClassify_TensorPrimitivesRows;

public static class ClassifierOutput
{
    public static float[][] Softmax(float[][] logits)
    {
        var probs = new float[logits.Length][];
        for (int i = 0; i < logits.Length; i++)
        {
            ReadOnlySpan<float> row = logits[i];
            var p = new float[row.Length];
            float max = TensorPrimitives.Max(row);
            TensorPrimitives.Subtract(row, max, p);
            TensorPrimitives.Exp(p, p);
            float sum = TensorPrimitives.Sum(p);
            TensorPrimitives.Divide(p, sum, p);
            probs[i] = p;
        }

        return probs;
    }
}
