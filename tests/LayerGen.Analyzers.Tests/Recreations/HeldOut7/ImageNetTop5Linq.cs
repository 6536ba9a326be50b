// Source: ImageNet 1000-class post-processing in ML.NET / ONNX Runtime C# samples (ResNet/SqueezeNet output:
// softmax with LINQ Max/Select/Sum, then the top 5 labels).
// Layout: float[] one image's 1000 logits; softmax over classes; callers run it per image.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut7.ImageNetTop5Linq
{
    public static class ImageNetPostprocess
    {
        public static float[] Softmax(float[] output)
        {
            float max = output.Max();
            float[] exps = output.Select(v => MathF.Exp(v - max)).ToArray();
            float sum = exps.Sum();
            return exps.Select(e => e / sum).ToArray();
        }

        public static IReadOnlyList<(int Label, float Probability)> Top5(float[] output)
        {
            return Softmax(output)
                .Select((p, i) => (Label: i, Probability: p))
                .OrderByDescending(t => t.Probability)
                .Take(5)
                .ToList();
        }
    }
}
