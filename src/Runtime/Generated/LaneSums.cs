using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace LayerGen.Generated;

/// <summary>
/// The total of a sum that generated code ran on lanes with <see cref="Accumulators"/> independent
/// <see cref="Vector256{T}"/> accumulators (several dependency chains instead of one): the loop's k-th whole
/// <see cref="Vector256{T}"/> of terms (k from 0) goes to accumulator k mod <see cref="Accumulators"/>, whether it ran on
/// <see cref="Vector256{T}"/> or as a half of a <see cref="Vector512{T}"/>. The loop keeps the accumulator of the next
/// vector first and rotates the four after each vector, so it holds them rotated by the number of vectors it added;
/// <see cref="Total{T}(Vector256{T}, Vector256{T}, Vector256{T}, Vector256{T}, int)"/> undoes that rotation and adds
/// them in one fixed order, <c>Sum((a0 + a1) + (a2 + a3))</c>. The result depends only on the terms, never on the width
/// that ran. Called by generated code; not meant for user code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LaneSums
{
    /// <summary>The independent <see cref="Vector256{T}"/> accumulators of a sum on lanes.</summary>
    public const int Accumulators = 4;

    /// <summary>The sum of four rotated accumulators (see <see cref="LaneSums"/>).</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="next">The accumulator the next vector would have gone to.</param>
    /// <param name="second">The one after it.</param>
    /// <param name="third">The one after that.</param>
    /// <param name="fourth">The last one.</param>
    /// <param name="vectors">How many <see cref="Vector256{T}"/> vectors of terms the loop added.</param>
    /// <returns>The sum of every lane of the four accumulators, in the fixed order.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Total<T>(Vector256<T> next, Vector256<T> second, Vector256<T> third, Vector256<T> fourth, int vectors)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        // After n vectors the accumulator of vector k (mod 4) sits at position (k − n) mod 4.
        (vectors & 3) switch
        {
            0 => Vector256.Sum((next + second) + (third + fourth)),
            1 => Vector256.Sum((fourth + next) + (second + third)),
            2 => Vector256.Sum((third + fourth) + (next + second)),
            _ => Vector256.Sum((second + third) + (fourth + next)),
        };
}
