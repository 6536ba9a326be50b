// Source: microsoft/ai-dev-gallery AIDevGallery/Samples/SharedCode/ImageNet.cs:15 and
//   AIDevGallery/Samples/SharedCode/YOLOHelpers.cs:41, :100 (commit e61e651983a1) (re-created, not copied)
// Layout: the ImageNet sample's 1000 raw scores as IEnumerable<float>, summed and divided in two LINQ lambdas, then
//   rounded to four places and the top 5 taken; the YOLO sample reads one anchor cell's prediction vector
//   (x, y, w, h, objectness, class scores...) from a [1, gx, gy, anchors, 5 + classes] tensor into a List<float>.
// Label: GetSoftmax LG0003 x2 (Sum(x => exp(x)) and Select(x => exp(x) / sum): NaN at +1000, 0 / 0 at -1000);
//   DecodeCell and Sigmoid correct look-alikes (independent sigmoids per class, exp of the box size with no
//   normalisation).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Real58.MicrosoftAiDevGallery
{
    /// <summary>A labelled prediction with a confidence.</summary>
    internal sealed class Prediction
    {
        public string Label { get; set; } = "";

        public float Confidence { get; set; }

        public (float X, float Y, float W, float H) Box { get; set; }
    }

    /// <summary>ImageNet post-processing of the classification samples.</summary>
    internal static class ImageNet
    {
        public static Prediction[] GetSoftmax(IEnumerable<float> output, string[] labels)
        {
            float sum = output.Sum(x => (float)Math.Exp(x)); //~ LG0003
            IEnumerable<float> softmax = output.Select(x => (float)Math.Round((float)Math.Exp(x) / sum, 4)); //~ LG0003

            return softmax.Select((x, i) => new Prediction { Label = labels[i], Confidence = x })
                          .OrderByDescending(x => x.Confidence)
                          .Take(5)
                          .ToArray();
        }
    }

    /// <summary>YOLO grid decoding of the object-detection sample.</summary>
    internal static class YoloHelpers
    {
        public static Prediction? DecodeCell(float[,,,,] tensor, int i, int j, int anchor, (float Width, float Height) anchorSize, string[] labels)
        {
            var predictionVector = new List<float>();
            for (int k = 0; k < tensor.GetLength(4); k++)
            {
                predictionVector.Add(tensor[0, i, j, anchor, k]);
            }

            float bx = Sigmoid(predictionVector[0]);
            float by = Sigmoid(predictionVector[1]);
            float bw = (float)Math.Exp(predictionVector[2]) * anchorSize.Width;
            float bh = (float)Math.Exp(predictionVector[3]) * anchorSize.Height;
            float confidence = Sigmoid(predictionVector[4]);
            if (confidence < .5f)
            {
                return null;
            }

            var classProbs = predictionVector.Skip(5).Select(Sigmoid).ToArray();
            float maxProb = classProbs.Max();
            int classIndex = Array.IndexOf(classProbs, maxProb);

            return new Prediction { Label = labels[classIndex], Confidence = confidence * maxProb, Box = (bx + j, by + i, bw, bh) };
        }

        private static float Sigmoid(float x)
        {
            return 1f / (1f + (float)Math.Exp(-x));
        }
    }
}
