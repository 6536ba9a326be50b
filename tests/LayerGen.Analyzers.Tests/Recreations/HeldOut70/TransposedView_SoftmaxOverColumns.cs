// Idiom: a transposed view struct wrapping a stored matrix and swapping the indexer's arguments, `this[int r, int c] => _source[c, r]` (use: softmax per sample of a [classes, batch] buffer seen as [batch, classes]).
// Layout: storage float[classes, batch]; the view is [batch, classes]; softmax per view row = per stored column.
// Correct: max (an `if` fold) and sum run over one view row, i.e. one stored column.
// Our own code.
#nullable enable
using System;

namespace HeldOut70.TransposedView_SoftmaxOverColumns;

public readonly struct TransposedView
{
    private readonly float[,] _source;

    public TransposedView(float[,] source) => _source = source;

    public int Rows => _source.GetLength(1);

    public int Cols => _source.GetLength(0);

    public float this[int r, int c]
    {
        get => _source[c, r];
        set => _source[c, r] = value;
    }
}

public static class ViewSoftmax
{
    public static float[,] Softmax(float[,] classByBatch)
    {
        var input = new TransposedView(classByBatch);
        var storage = new float[classByBatch.GetLength(0), classByBatch.GetLength(1)];
        var output = new TransposedView(storage);
        for (int r = 0; r < input.Rows; r++)
        {
            float m = float.NegativeInfinity;
            for (int c = 0; c < input.Cols; c++)
            {
                float v = input[r, c];
                if (v > m)
                {
                    m = v;
                }
            }

            float sum = 0f;
            for (int c = 0; c < input.Cols; c++)
            {
                output[r, c] = MathF.Exp(input[r, c] - m);
                sum += output[r, c];
            }

            for (int c = 0; c < input.Cols; c++)
            {
                output[r, c] /= sum;
            }
        }

        return storage;
    }
}
