// Source: sequence-labelling heads in C# that keep logits as double[batch, classes, steps] (channel-first, as
// converted from ONNX NCW outputs); softmax over classes for each (batch, step); the max is taken per batch item.
// Layout: double[B, C, S]; softmax over axis 1 (C) of each (b, s) fibre.
// Bug LG0001: the maximum spans the whole [C, S] plane of batch item b, not one fibre.
using System;

namespace HeldOut7.Softmax3DArrayPlaneMax
{
    public static class ChannelFirstSoftmax
    {
        public static double[,,] OverClasses(double[,,] logits)
        {
            int batch = logits.GetLength(0);
            int classes = logits.GetLength(1);
            int steps = logits.GetLength(2);
            var probs = new double[batch, classes, steps];
            for (int b = 0; b < batch; b++)
            {
                double planeMax = double.NegativeInfinity;
                for (int c = 0; c < classes; c++)
                {
                    for (int s = 0; s < steps; s++)
                    {
                        planeMax = Math.Max(planeMax, logits[b, c, s]); //~ LG0001
                    }
                }

                for (int s = 0; s < steps; s++)
                {
                    double sum = 0;
                    for (int c = 0; c < classes; c++)
                    {
                        probs[b, c, s] = Math.Exp(logits[b, c, s] - planeMax);
                        sum += probs[b, c, s];
                    }

                    for (int c = 0; c < classes; c++)
                    {
                        probs[b, c, s] /= sum;
                    }
                }
            }

            return probs;
        }
    }
}
