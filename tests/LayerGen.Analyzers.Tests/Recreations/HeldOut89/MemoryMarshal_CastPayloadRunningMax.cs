// Idiom: `MemoryMarshal.Cast<byte, float>` reinterpreting a raw byte payload (as read from a socket or a file) as logits.
// Use: softmax per record of a packed inference response, `recordLength` floats per record.
// Layout: byte[] payload → ReadOnlySpan<float>, records back to back; output float[] in the same order.
// Bug (LG0001): `peak` is declared before the record loop and only ever raised, so a record is shifted by the running
// max of every record before it (a low record after a high one underflows to 0/0).
// Our own code.
using System;
using System.Runtime.InteropServices;

namespace HeldOut89.MemoryMarshal_CastPayloadRunningMax;

public static class PayloadSoftmax
{
    public static float[] Decode(byte[] payload, int recordLength)
    {
        ReadOnlySpan<float> logits = MemoryMarshal.Cast<byte, float>(payload);
        var probs = new float[logits.Length];
        int records = logits.Length / recordLength;
        float peak = float.MinValue;
        for (int rec = 0; rec < records; rec++)
        {
            int start = rec * recordLength;
            for (int i = start; i < start + recordLength; i++)
            {
                if (logits[i] > peak) //~ LG0001
                {
                    peak = logits[i];
                }
            }

            float sum = 0f;
            for (int i = start; i < start + recordLength; i++)
            {
                probs[i] = MathF.Exp(logits[i] - peak);
                sum += probs[i];
            }

            for (int i = start; i < start + recordLength; i++)
            {
                probs[i] /= sum;
            }
        }

        return probs;
    }
}
