// Re-creation (our own code) of the shape of a biaffine parser's head distributions (Dozat & Manning 2017;
// SuPar-style decoding), with the best arc score of the sentence as the shift.
// Layout: flat double[] [n · n], arc[dep · n + head], self-loops excluded; foreach over the score buffer for the max.
// Bug (LG0001): the maximum runs over every arc of the sentence instead of one dependent's candidate heads; a
// dependent whose scores are far below the sentence's best arc gets 0 / 0.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class BiaffineParserSentenceMaxArc
{
    public static void HeadProbabilities(double[] arcScores, int n, double[] headProbabilities)
    {
        double best = double.NegativeInfinity;
        foreach (double s in arcScores)
            best = Math.Max(best, s); //~ LG0001

        for (int dep = 0; dep < n; dep++)
        {
            double z = 0.0;
            for (int head = 0; head < n; head++)
            {
                headProbabilities[dep * n + head] = head == dep ? 0.0 : Math.Exp(arcScores[dep * n + head] - best);
                z += headProbabilities[dep * n + head];
            }

            for (int head = 0; head < n; head++)
                headProbabilities[dep * n + head] /= z;
        }
    }
}
