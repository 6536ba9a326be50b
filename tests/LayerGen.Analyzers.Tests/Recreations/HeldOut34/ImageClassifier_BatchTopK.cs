// Idiom: image classification post-processing (ResNet/MobileNet ONNX output): per-image softmax, then top-k labels
// Layout: flat row-major float[] output with shape [batch, classes] (from the output tensor's ToArray()), offset b * classes
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut34.ImageClassifier_BatchTopK
{
    public sealed record Prediction(int ClassId, string Label, float Confidence);

    public sealed class ImageClassifierPostProcessor
    {
        private readonly IReadOnlyList<string> _labels;

        public ImageClassifierPostProcessor(IReadOnlyList<string> labels)
        {
            _labels = labels;
        }

        public float[] ToProbabilities(float[] output, int[] shape)
        {
            int batch = shape[0];
            int classes = shape[1];
            var probabilities = new float[output.Length];

            for (int b = 0; b < batch; b++)
            {
                int offset = b * classes;

                float max = output[offset];
                for (int c = 1; c < classes; c++)
                {
                    if (output[offset + c] > max)
                    {
                        max = output[offset + c];
                    }
                }

                float sum = 0f;
                for (int c = 0; c < classes; c++)
                {
                    float e = MathF.Exp(output[offset + c] - max);
                    probabilities[offset + c] = e;
                    sum += e;
                }

                for (int c = 0; c < classes; c++)
                {
                    probabilities[offset + c] /= sum;
                }
            }

            return probabilities;
        }

        public IReadOnlyList<Prediction[]> TopK(float[] output, int[] shape, int k)
        {
            float[] probabilities = ToProbabilities(output, shape);
            int classes = shape[1];
            var results = new List<Prediction[]>(shape[0]);
            for (int b = 0; b < shape[0]; b++)
            {
                results.Add(Enumerable.Range(0, classes)
                    .Select(c => new Prediction(c, _labels[c], probabilities[b * classes + c]))
                    .OrderByDescending(p => p.Confidence)
                    .Take(k)
                    .ToArray());
            }

            return results;
        }
    }
}
