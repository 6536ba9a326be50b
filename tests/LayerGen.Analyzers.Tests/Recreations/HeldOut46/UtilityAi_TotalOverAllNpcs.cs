// Idiom: utility AI behaviour selection for a crowd of NPCs, the utilities in one table; softmax(score / temperature)
// per NPC with a `Mathf`-like helper of our own. Written as our own code.
// Layout: float[npcs, behaviours] row-major; per-NPC max with `Mathf.Max`; the normaliser `total` is accumulated over
// every NPC and applied in a separate pass.
// Bug: LG0002 (each NPC's chances are divided by the crowd's total: the whole table sums to 1, not each NPC's row).
using System;

namespace HeldOut46.UtilityAi_TotalOverAllNpcs;

public static class Mathf
{
    public static float Exp(float x) => (float)Math.Exp(x);

    public static float Max(float a, float b) => a > b ? a : b;
}

public static class CrowdBrain
{
    public static float[,] SelectionChances(float[,] utility, float temperature)
    {
        int npcs = utility.GetLength(0);
        int behaviours = utility.GetLength(1);
        var chance = new float[npcs, behaviours];
        float total = 0f;
        for (int n = 0; n < npcs; n++)
        {
            float best = utility[n, 0];
            for (int b = 1; b < behaviours; b++)
            {
                best = Mathf.Max(best, utility[n, b]);
            }

            for (int b = 0; b < behaviours; b++)
            {
                chance[n, b] = Mathf.Exp((utility[n, b] - best) / temperature);
                total += chance[n, b]; //~ LG0002
            }
        }

        for (int n = 0; n < npcs; n++)
        {
            for (int b = 0; b < behaviours; b++)
            {
                chance[n, b] /= total;
            }
        }

        return chance;
    }
}
