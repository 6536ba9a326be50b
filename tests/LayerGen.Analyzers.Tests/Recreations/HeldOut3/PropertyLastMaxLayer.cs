// Re-creates: an object-oriented softmax layer (SiaNet/NeuralNetwork hobby frameworks) that exposes the last row's
// max through a property for debugging and reads it back while exponentiating.
// Layout: flat [rows, cols] row-major float[]; softmax axis = cols. Instance state in properties.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.PropertyLastMaxLayer;

public sealed class SoftmaxLayer
{
    public SoftmaxLayer(int units) => Units = units;

    public int Units { get; }

    public float LastMax { get; private set; }

    public float LastSum { get; private set; }

    public void Forward(float[] input, float[] output)
    {
        for (int o = 0; o < input.Length; o += Units)
        {
            LastMax = input[o];
            for (int j = 1; j < Units; j++)
            {
                if (input[o + j] > LastMax)
                {
                    LastMax = input[o + j];
                }
            }

            LastSum = 0f;
            for (int j = 0; j < Units; j++)
            {
                output[o + j] = MathF.Exp(input[o + j] - LastMax);
                LastSum += output[o + j];
            }

            for (int j = 0; j < Units; j++)
            {
                output[o + j] /= LastSum;
            }
        }
    }
}
