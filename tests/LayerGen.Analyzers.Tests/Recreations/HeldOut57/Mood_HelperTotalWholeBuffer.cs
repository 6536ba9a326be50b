// Idiom: NPC mood blend with a scratch buffer field reused across frames and a private SumRange helper.
// Use: emotion system updating every NPC's mood mix, in double.
// Layout: double[,] drive [npcs, moods] row-major, exps written to a flat double[] scratch field, helper SumRange.
// Label: LG0002 — SumRange is handed the whole scratch buffer (every NPC) as the normaliser; per-NPC peaks are right.
// Marked at the fold inside the same-type helper. Our own code.
using System;

namespace HeldOut57.Mood_HelperTotalWholeBuffer
{
    public sealed class MoodMixer
    {
        private double[] _scratch = Array.Empty<double>();

        public void Blend(double[,] drive, double[,] mix)
        {
            int npcs = drive.GetLength(0);
            int moods = drive.GetLength(1);
            if (_scratch.Length != npcs * moods) _scratch = new double[npcs * moods];

            for (int n = 0; n < npcs; n++)
            {
                double peak = double.NegativeInfinity;
                for (int m = 0; m < moods; m++)
                    peak = Math.Max(peak, drive[n, m]);
                for (int m = 0; m < moods; m++)
                    _scratch[n * moods + m] = Math.Exp(drive[n, m] - peak);
            }

            double z = SumRange(_scratch, 0, _scratch.Length);
            for (int n = 0; n < npcs; n++)
                for (int m = 0; m < moods; m++)
                    mix[n, m] = _scratch[n * moods + m] / z;
        }

        private static double SumRange(double[] values, int start, int count)
        {
            double total = 0.0;
            for (int i = start; i < start + count; i++)
                total += values[i]; //~ LG0002
            return total;
        }
    }
}
