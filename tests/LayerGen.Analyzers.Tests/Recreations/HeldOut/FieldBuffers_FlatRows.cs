// Re-creation (our own code) of the layer-object softmax NNSoftMaxLayer (namespace LGFW, Unity; repository not named
// in the public code index; buffers m_output / m_expOutput held in fields) lifted to a batch: the logits and
// probabilities live in readonly fields, the shape in properties, and Forward walks rows of the flat field buffers.
// Layout: flat float[] fields, row offset r * Cols (properties). Correct.
using System;

namespace HeldOut.FieldBuffersFlatRows;

public sealed class SoftmaxLayer
{
    private readonly float[] logits;
    private readonly float[] probabilities;

    public SoftmaxLayer(int rows, int cols)
    {
        Rows = rows;
        Cols = cols;
        logits = new float[rows * cols];
        probabilities = new float[rows * cols];
    }

    public int Rows { get; }

    public int Cols { get; }

    public float[] Forward(float[] input)
    {
        Array.Copy(input, logits, logits.Length);
        for (int r = 0; r < Rows; r++)
        {
            int start = r * Cols;
            float max = logits[start];
            for (int c = 1; c < Cols; c++)
            {
                max = MathF.Max(max, logits[start + c]);
            }

            float sum = 0f;
            for (int c = 0; c < Cols; c++)
            {
                probabilities[start + c] = MathF.Exp(logits[start + c] - max);
                sum += probabilities[start + c];
            }

            for (int c = 0; c < Cols; c++)
            {
                probabilities[start + c] /= sum;
            }
        }

        return (float[])probabilities.Clone();
    }
}
