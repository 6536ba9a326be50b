// Source: from-scratch C# networks that keep outputs class-major as jagged arrays (outputs[class][sample], one
// array per output neuron, as neuron-object designs collect them), softmax over classes for each sample.
// Layout: float[][] [classes][samples]; softmax over classes for each sample.
// Bug LG0004: each class's maximum is taken over the samples, the sum over the classes of one sample.
using System;
using System.Linq;

namespace HeldOut7.ClassMajorJaggedMaxPerClass
{
    public static class NeuronOutputs
    {
        public static float[][] Softmax(float[][] outputs)
        {
            int classes = outputs.Length;
            int samples = outputs[0].Length;
            float[] neuronMax = new float[classes];
            for (int k = 0; k < classes; k++)
            {
                neuronMax[k] = outputs[k].Max(); //~ LG0004
            }

            var probs = new float[classes][];
            for (int k = 0; k < classes; k++)
            {
                probs[k] = new float[samples];
            }

            for (int s = 0; s < samples; s++)
            {
                float sum = 0f;
                for (int k = 0; k < classes; k++)
                {
                    probs[k][s] = MathF.Exp(outputs[k][s] - neuronMax[k]);
                    sum += probs[k][s];
                }

                for (int k = 0; k < classes; k++)
                {
                    probs[k][s] /= sum;
                }
            }

            return probs;
        }
    }
}
