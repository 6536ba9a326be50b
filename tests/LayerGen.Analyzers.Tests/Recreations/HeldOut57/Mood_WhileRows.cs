// Idiom: NPC mood/emotion blend — drive values per mood turned into blend weights for facial animation, in double.
// Use: emotion system updating every NPC's mood mix.
// Layout: flat double[] drive [npcs * moods], while loops over NPCs and moods, double[] out.
// Label: Correct (peak and sum per NPC). Our own code.
using System;

namespace HeldOut57.Mood_WhileRows
{
    public sealed class EmotionSystem
    {
        public int Moods = 6;

        public void Blend(double[] drive, double[] mix)
        {
            int npc = 0;
            while ((npc + 1) * Moods <= drive.Length)
            {
                int baseIndex = npc * Moods;
                double peak = drive[baseIndex];
                int m = 1;
                while (m < Moods)
                {
                    if (drive[baseIndex + m] > peak) peak = drive[baseIndex + m];
                    m++;
                }

                double total = 0.0;
                m = 0;
                while (m < Moods)
                {
                    mix[baseIndex + m] = Math.Exp(drive[baseIndex + m] - peak);
                    total += mix[baseIndex + m];
                    m++;
                }

                m = 0;
                while (m < Moods)
                {
                    mix[baseIndex + m] /= total;
                    m++;
                }

                npc++;
            }
        }
    }
}
