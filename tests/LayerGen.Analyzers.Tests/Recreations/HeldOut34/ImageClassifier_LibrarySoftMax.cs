// Idiom: image classification post-processing, the "modern .NET" version: TensorPrimitives.SoftMax per image, then top-k
// Layout: ReadOnlyMemory<float> output [batch, classes], per-image Span slices
// Bug (LG0003): TensorPrimitives.SoftMax subtracts no max (NaN for logits above ~88)
using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics.Tensors;

namespace HeldOut34.ImageClassifier_LibrarySoftMax
{
    public readonly record struct Classification(int ClassId, float Score);

    public static class ClassifierOutput
    {
        public static float[] Probabilities(ReadOnlyMemory<float> output, int batch, int classes)
        {
            var probabilities = new float[batch * classes];
            for (int image = 0; image < batch; image++)
            {
                ReadOnlySpan<float> logits = output.Span.Slice(image * classes, classes);
                Span<float> destination = probabilities.AsSpan(image * classes, classes);
                TensorPrimitives.SoftMax(logits, destination); //~ LG0003
            }

            return probabilities;
        }

        public static List<Classification[]> TopK(ReadOnlyMemory<float> output, int batch, int classes, int k)
        {
            float[] probabilities = Probabilities(output, batch, classes);
            var top = new List<Classification[]>();
            for (int image = 0; image < batch; image++)
            {
                float[] row = probabilities.AsSpan(image * classes, classes).ToArray();
                top.Add(row.Select((score, id) => new Classification(id, score))
                    .OrderByDescending(x => x.Score)
                    .Take(k)
                    .ToArray());
            }

            return top;
        }
    }
}
