// Source: ONNX Runtime C# image-classification samples run on a batch (one flat output tensor of [N, 1000],
// each image's slice taken with Skip/Take and pushed through Select(Math.Exp)).
// Layout: float[] flat [images, classes]; softmax over classes of each image.
// Bug LG0003: the slice's logits are exponentiated with no maximum subtracted.
using System;
using System.Linq;

namespace HeldOut7.ImageNetBatchRawExpLinq
{
    public static class BatchClassifierOutput
    {
        public static float[][] Probabilities(float[] output, int classes)
        {
            int images = output.Length / classes;
            var result = new float[images][];
            for (int n = 0; n < images; n++)
            {
                float[] exps = output.Skip(n * classes).Take(classes).Select(v => MathF.Exp(v)).ToArray(); //~ LG0003
                float total = exps.Sum();
                result[n] = exps.Select(e => e / total).ToArray();
            }

            return result;
        }
    }
}
