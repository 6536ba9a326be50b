// Idiom: SSD-style detector post-processing: class scores per anchor, softmax over classes, keep the best non-background class
// Layout: DenseTensor [1, anchors, classes] (anchor-major), multi-index scores[0, a, c]
// Bug (LG0004): the "stability" max is taken per class over all anchors while each anchor's sum runs over its classes
using System;
using System.Collections.Generic;

namespace HeldOut34.DetectorHead_SsdClassPeak
{
    /// <summary>Minimal stand-in for Microsoft.ML.OnnxRuntime.Tensors.DenseTensor&lt;T&gt;.</summary>
    public sealed class DenseTensor<T>
    {
        private readonly T[] _buffer;

        public DenseTensor(T[] buffer, int[] dimensions)
        {
            _buffer = buffer;
            Dimensions = dimensions;
        }

        public int[] Dimensions { get; }

        public T this[params int[] indices]
        {
            get
            {
                int offset = 0;
                for (int d = 0; d < indices.Length; d++)
                {
                    offset = offset * Dimensions[d] + indices[d];
                }

                return _buffer[offset];
            }
        }
    }

    public sealed record AnchorDetection(int Anchor, int ClassId, float Score);

    public static class SsdPostProcessor
    {
        public static float[,] ClassProbabilities(DenseTensor<float> scores)
        {
            int numAnchors = scores.Dimensions[1];
            int numClasses = scores.Dimensions[2];

            var classMax = new float[numClasses];
            for (int c = 0; c < numClasses; c++)
            {
                float m = float.MinValue;
                for (int a = 0; a < numAnchors; a++)
                {
                    m = MathF.Max(m, scores[0, a, c]); //~ LG0004
                }

                classMax[c] = m;
            }

            var probabilities = new float[numAnchors, numClasses];
            for (int a = 0; a < numAnchors; a++)
            {
                float denominator = 0f;
                for (int c = 0; c < numClasses; c++)
                {
                    probabilities[a, c] = MathF.Exp(scores[0, a, c] - classMax[c]);
                    denominator += probabilities[a, c];
                }

                for (int c = 0; c < numClasses; c++)
                {
                    probabilities[a, c] /= denominator;
                }
            }

            return probabilities;
        }

        public static List<AnchorDetection> Detect(DenseTensor<float> scores, float threshold)
        {
            float[,] probabilities = ClassProbabilities(scores);
            var detections = new List<AnchorDetection>();
            for (int a = 0; a < probabilities.GetLength(0); a++)
            {
                int best = 1;
                for (int c = 2; c < probabilities.GetLength(1); c++)
                {
                    if (probabilities[a, c] > probabilities[a, best])
                    {
                        best = c;
                    }
                }

                if (probabilities[a, best] >= threshold)
                {
                    detections.Add(new AnchorDetection(a, best, probabilities[a, best]));
                }
            }

            return detections;
        }
    }
}
