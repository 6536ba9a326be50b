// Source: microsoft/psi Sources/Integrations/Onnx/Common/ModelRunners/ImageNet/ImageNetModelOutputParser.cs:76 and
//   Sources/Integrations/Onnx/Common/ModelRunners/TinyYoloV2/TinyYoloV2ModelOutputParser.cs:196, :213, :225 (re-created, not copied)
// Layout: ImageNet scores are one float vector of 1000 classes, read as IEnumerable<float> (LINQ, the exp sequence is
//   deferred and enumerated twice). Tiny YOLO v2 output is a flat channel-major float[125 * 13 * 13]
//   (offset = channel * 169 + y * 13 + x); the 20 class scores of one box are gathered with the channel stride into
//   their own array, then softmaxed.
// Label: ImageNet Softmax correct; ExtractClasses + Softmax correct; Sigmoid exp(v) / (1 + exp(v)) LG0003 (a two-term
//   softmax with no maximum, the corpus convention: NaN for v >= 89 in float).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Real58.MicrosoftPsi
{
    /// <summary>Parses an ImageNet classifier's output into labelled predictions, optionally through a softmax.</summary>
    internal sealed class ImageNetOutputParser
    {
        private readonly string[] labels;
        private readonly bool applySoftmax;

        public ImageNetOutputParser(string[] labels, bool applySoftmax)
        {
            this.labels = labels;
            this.applySoftmax = applySoftmax;
        }

        public List<(string Label, float Confidence)> TopN(float[] modelOutput, int count)
            => TopNResults(applySoftmax ? Softmax(modelOutput) : modelOutput, count)
                .Select(result => (labels[result.Index], result.Value))
                .ToList();

        private static IEnumerable<(int Index, float Value)> TopNResults(IEnumerable<float> scores, int count)
            => scores
                .Select((score, index) => (Index: index, Value: score))
                .OrderByDescending(result => result.Value)
                .Take(count);

        public static IEnumerable<float> Softmax(IEnumerable<float> values)
        {
            var maxVal = values.Max();
            var exp = values.Select(v => Math.Exp(v - maxVal));
            var sumExp = exp.Sum();

            return exp.Select(v => (float)(v / sumExp));
        }
    }

    /// <summary>Decodes the Tiny YOLO v2 grid: box confidence through a sigmoid, class scores through a softmax.</summary>
    internal static class TinyYoloV2OutputParser
    {
        private const int ColumnCount = 13;
        private const int ChannelStride = 13 * 13;
        private const int BoxInfoFeatureCount = 5;
        private const int ClassCount = 20;

        public static float Confidence(float[] modelOutput, int x, int y, int channel)
            => Sigmoid(modelOutput[Offset(x, y, channel + 4)]);

        private static int Offset(int x, int y, int channel) => (channel * ChannelStride) + (y * ColumnCount) + x;

        public static float Sigmoid(float value)
        {
            var k = (float)Math.Exp(value); //~ LG0003
            return k / (1.0f + k);
        }

        public static float[] ExtractClasses(float[] modelOutput, int x, int y, int channel)
        {
            float[] predictedClasses = new float[ClassCount];
            int predictedClassOffset = channel + BoxInfoFeatureCount;
            for (int predictedClass = 0; predictedClass < ClassCount; predictedClass++)
            {
                predictedClasses[predictedClass] = modelOutput[Offset(x, y, predictedClass + predictedClassOffset)];
            }

            return Softmax(predictedClasses);
        }

        public static float[] Softmax(float[] values)
        {
            var maxVal = values.Max();
            var exp = values.Select(v => Math.Exp(v - maxVal));
            var sumExp = exp.Sum();

            return exp.Select(v => (float)(v / sumExp)).ToArray();
        }
    }
}
