// HeldOut63 / InfoNceColumns_RowPeakColumnSum
// Idiom: both halves of the symmetric InfoNCE objective over a square in-batch similarity matrix, the second half
// copy-pasted from the first: the image-to-text rows are right, but the text-to-image column t is shifted by
// rows[t].Max() (row t, "the matrix is square") while its sum runs down column t (own code).
// Layout: List<float[]> rows [images][texts], square; LINQ rows[i].Max(); MathF.Exp; two outputs.
// Label: LG0004 (the column softmax takes its maximum along a row and its sum down a column); the row half is correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut63.InfoNceColumns_RowPeakColumnSum;

public static class SymmetricContrastPair
{
    public static (float[][] ImageToText, float[][] TextToImage) Probabilities(List<float[]> rows)
    {
        int n = rows.Count;
        var imageToText = new float[n][];
        for (int i = 0; i < n; i++)
        {
            float m = rows[i].Max();
            imageToText[i] = new float[n];
            float z = 0f;
            for (int t = 0; t < n; t++)
            {
                imageToText[i][t] = MathF.Exp(rows[i][t] - m);
                z += imageToText[i][t];
            }

            for (int t = 0; t < n; t++)
            {
                imageToText[i][t] /= z;
            }
        }

        var textToImage = new float[n][];
        for (int t = 0; t < n; t++)
        {
            float m = rows[t].Max(); //~ LG0004
            textToImage[t] = new float[n];
            float z = 0f;
            for (int i = 0; i < n; i++)
            {
                textToImage[t][i] = MathF.Exp(rows[i][t] - m);
                z += textToImage[t][i];
            }

            for (int i = 0; i < n; i++)
            {
                textToImage[t][i] /= z;
            }
        }

        return (imageToText, textToImage);
    }
}
