// Source: SHW511/NeuralTrainer-NET NeuralNetwork/Layers/Activations/Activations.cs:53, :71 (re-created, not copied)
// Layout: a float[rows, cols] batch, softmax per row. SoftMax recomputes its maximum inside the row loop but takes it
// with LINQ over every cell of the matrix (Cast<float>().Max()), while the sum is reset per row.
// Label: SoftMax LG0001 (a row far below the batch maximum underflows to 0/0); Sigmoid is an element-wise look-alike
// (correct).
using System;
using System.Linq;

namespace Recreations.Real55.SHW511NeuralTrainer_WholeMatrixMaxPerRow;

/// <summary>The trainer's activation functions over a [rows, cols] batch.</summary>
public static class Activations
{
    /// <summary>Element-wise logistic function (not a softmax).</summary>
    public static float[,] Sigmoid(float[,] inputs)
    {
        int rows = inputs.GetLength(0);
        int cols = inputs.GetLength(1);
        var outputs = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                float v = inputs[r, c];
                outputs[r, c] = (float)(1 / (1 + Math.Exp(-v)));
            }
        }

        return outputs;
    }

    /// <summary>Softmax of each row, shifted by the maximum of the whole matrix.</summary>
    public static float[,] SoftMax(float[,] inputs)
    {
        int rows = inputs.GetLength(0);
        int cols = inputs.GetLength(1);
        var outputs = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            float peak = inputs.Cast<float>().Max(); //~ LG0001
            float total = 0f;
            for (int c = 0; c < cols; c++)
            {
                outputs[r, c] = (float)Math.Exp(inputs[r, c] - peak);
                total += outputs[r, c];
            }

            for (int c = 0; c < cols; c++)
            {
                outputs[r, c] /= total;
            }
        }

        return outputs;
    }
}
