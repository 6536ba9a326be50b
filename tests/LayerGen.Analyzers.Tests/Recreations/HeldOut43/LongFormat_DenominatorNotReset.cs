// Idiom: multinomial logit on long-format data, person blocks found with while loops over the same id
// Layout: long format, flat utility column and person id column sorted by person
// Bug (LG0002): the denominator is declared above the person loop and never reset, so it runs over every block so far
using System;

namespace HeldOut43.LongFormat_DenominatorNotReset;

public static class LongFormatWhile
{
    public static double[] Probabilities(int[] personId, double[] utility)
    {
        int nRows = utility.Length;
        var prob = new double[nRows];
        double denom = 0.0;
        int row = 0;
        while (row < nRows)
        {
            int id = personId[row];
            int start = row;
            double vMax = double.NegativeInfinity;
            while (row < nRows && personId[row] == id)
            {
                vMax = Math.Max(vMax, utility[row]);
                row++;
            }

            for (int s = start; s < row; s++)
            {
                prob[s] = Math.Exp(utility[s] - vMax);
                denom += prob[s]; //~ LG0002
            }

            for (int s = start; s < row; s++)
                prob[s] /= denom;
        }

        return prob;
    }
}
