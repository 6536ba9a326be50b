// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using LayerGen.Generator.Model;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Analyzers;
using LayerGen.Differentiation.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

internal sealed partial class ForwardRowLowering
{
    private EquatableArray<Statement> LowerBody(IOperation? operation)
    {
        var output = new List<Statement>();
        if (operation is not null)
        {
            LowerStatement(operation, output);
        }

        return new EquatableArray<Statement>(output.ToImmutableArray());
    }

    private void LowerStatement(IOperation operation, List<Statement> output) =>
        LowerInContext(output, operation is IExpressionStatementOperation or IVariableDeclarationGroupOperation ? operation : null,
            allowsAfter: operation is IExpressionStatementOperation or IVariableDeclarationGroupOperation, produced => LowerStatementCore(operation, produced));

    private void LowerStatementCore(IOperation operation, List<Statement> output)
    {
        if (ReportedArrayCopy(operation))
        {
            return; // a copy into a new array (array[a..b], ToArray()) is reported with what to write instead
        }

        switch (operation)
        {
            case IBlockOperation block:
                LowerStatements(block.Operations, output);
                break;
            case IEmptyOperation:
                break;
            case IVariableDeclarationGroupOperation group:
                foreach (IVariableDeclarationOperation declaration in group.Declarations)
                {
                    foreach (IVariableDeclaratorOperation declarator in declaration.Declarators)
                    {
                        LowerDeclarator(declarator, group, output);
                    }
                }

                break;
            case IExpressionStatementOperation statement:
                LowerExpressionStatement(statement, output);
                break;
            case IForLoopOperation forLoop:
                LowerFor(forLoop, output);
                break;
            case IForEachLoopOperation forEach:
                LowerForEach(forEach, output);
                break;
            case IConditionalOperation conditional:
                LowerIf(conditional, output);
                break;
            case ISwitchOperation switchStatement:
                LowerSwitch(switchStatement, output);
                break;
            case IWhileLoopOperation loop when TryLowerConvergingWhile(loop, output):
                break;
            case IWhileLoopOperation loop:
                Report(RuleIdentifiers.UnsupportedStatement, KeywordNode(loop), loop.ConditionIsTop ? "a 'while' loop" : "a 'do' loop",
                    "its trip count is not known on entry; " + Supported.Loops);
                break;
            case IReturnOperation:
                Report(RuleIdentifiers.UnsupportedExit, operation, "'" + Text(operation.Syntax) + "' " + (_inlineFrames.Count > 0
                    ? "inside a loop of the helper '" + _inlineFrames[_inlineFrames.Count - 1].Method.Name + "' (a helper may return at its end or at the end of an if branch)"
                    : "before the end of ForwardRow"), Supported.Exits);
                break;
            case IBranchOperation branch when branch.Syntax is GotoStatementSyntax { CaseOrDefaultKeyword.RawKind: not 0 }:
                Report(RuleIdentifiers.UnsupportedExit, operation, "'" + Text(branch.Syntax) + "', a jump into another switch section", Supported.Switches);
                break;
            case IBranchOperation branch:
                Report(RuleIdentifiers.UnsupportedExit, operation, "'" + Text(branch.Syntax) + "'", Supported.Exits);
                break;
            case ILabeledOperation labeled:
                // The goto that jumps here is what is reported; the label alone changes nothing.
                if (labeled.Operation is not null)
                {
                    LowerStatement(labeled.Operation, output);
                }

                break;
            case ILocalFunctionOperation local when IsKnownLocalFunction(local.Symbol):
                break; // inlined where it is called (ForwardRowLowering.Helpers.cs)
            case ILocalFunctionOperation local:
                Report(RuleIdentifiers.UnsupportedStatement, operation, "the local function '" + local.Symbol.Name + "'", Supported.Statements);
                break;
            case IInvalidOperation:
                _broken = true;
                break;
            default:
                Report(RuleIdentifiers.UnsupportedStatement, KeywordNode(operation), "'" + Header(operation.Syntax, operation.ChildOperations.LastOrDefault()) + "'", Supported.Statements);
                _rejectedLocals.UnionWith(DeclaredLocals(operation)); // one error: not again where they are read
                break;
        }
    }

    /// <summary>Where to underline an unsupported statement: its first token (<c>while</c>, <c>try</c>, <c>switch</c>…).</summary>
    private static Location KeywordNode(IOperation operation) => operation.Syntax.GetFirstToken().GetLocation();

    private void LowerDeclarator(IVariableDeclaratorOperation declarator, IOperation statement, List<Statement> output)
    {
        ILocalSymbol local = declarator.Symbol;
        IOperation? initializer = declarator.Initializer?.Value ?? declarator.GetVariableInitializer()?.Value;
        if (local.IsConst)
        {
            return; // its uses carry the constant value
        }

        // Uses of a local whose declaration is reported are not reported again.
        _rejectedLocals.Add(local);
        if (initializer is not null && IsPoisoned(initializer))
        {
            return; // initialised from a reported construct: poisoned in turn
        }

        if (local.RefKind != RefKind.None)
        {
            Report(RuleIdentifiers.UnsupportedExpression, declarator, "the ref local '" + local.Name + "'", Supported.Expressions);
            return;
        }

        if (local.Type is IErrorTypeSymbol)
        {
            _broken = true;
            return;
        }

        if (local.Type.SpecialType == SpecialType.System_Boolean)
        {
            LowerBoolDeclarator(local, initializer, statement, output);
            return;
        }

        if (RealTypeOf(local.Type) is { } type)
        {
            // A double local in a float row computes in double; casts at its reads and writes carry the derivative.
            int id = _localInfos.Count;
            _localInfos.Add((local.Name, type));
            _realLocals[local] = id;
            _rejectedLocals.Remove(local);
            if (initializer is not null && Real(initializer) is { } value)
            {
                output.Add(new AssignLocal(Text(statement.Syntax), id, Coerce(value, type), IsDeclaration: true));
            }

            return;
        }

        if (IsInteger(local.Type))
        {
            LowerIntDeclarator(local, initializer, declarator, statement, output);
            return;
        }

        if (((SpanElement(local.Type, "Span") ?? SpanElement(local.Type, "ReadOnlySpan")) is not null || IsReadOnlySpanType(local.Type)) && TryDeclareView(local, initializer, declarator))
        {
            return;
        }

        if (SpanElement(local.Type, "Span") is { } elementType)
        {
            LowerBuffer(local, elementType, initializer, declarator);
            return;
        }

        if (local.Type is IArrayTypeSymbol { Rank: 1, ElementType: var arrayElement } && RealTypeOf(arrayElement) is { } arrayElementType &&
            ArrayCreationSize(initializer) is not null)
        {
            LowerBuffer(local, arrayElementType, initializer, declarator);
            return;
        }

        // One type written once is one construct: 'decimal rate = …, discount = 1m;' gets one error, at the declaration, naming every local.
        ImmutableArray<IVariableDeclaratorOperation> siblings = declarator.Parent is IVariableDeclarationOperation { Declarators: { Length: > 1 } all } ? all : [declarator];
        Report(RuleIdentifiers.UnsupportedExpression, siblings.Length > 1 ? declarator.Parent! : declarator,
            siblings.Length > 1 ? "the type " + local.Type.ToDisplayString() + " of the locals " + NameList(siblings.Select(d => "'" + d.Symbol.Name + "'").ToList())
                : "the local '" + local.Name + "' of type " + local.Type.ToDisplayString(),
            SpanOrArrayElement(local.Type) is { } element && RealTypeOf(element) is null
                ? NonRealElements(element, "span or array local")
                : "locals must be float, double, int, bool, a Span<T> from stackalloc, or a (ReadOnly)Span<T> view such as x.Slice(a, n) or x[a..b]");
    }

    /// <summary>The element type of a Span, ReadOnlySpan or one-dimensional array type; null for any other type.</summary>
    private static ITypeSymbol? SpanOrArrayElement(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol { Rank: 1, ElementType: var element } => element,
        INamedTypeSymbol { TypeArguments: [var element] } named when IsSpanType(named) || IsReadOnlySpanType(named) => element,
        _ => null,
    };

    /// <summary>What to change for a buffer or view of another element type than float or double (an int argsort buffer).</summary>
    private static string NonRealElements(ITypeSymbol element, string holder) =>
        "the elements of a " + holder + " must be float or double (the row's T, or the other real type), not " + element.ToDisplayString() +
        ": hold integers in int locals, or store them in a float or double buffer and convert where one indexes (int k = (int)order[j]; … x[k])";

    private void LowerBuffer(ILocalSymbol local, RealType elementType, IOperation? initializer, IOperation at)
    {
        // A buffer of the other real type (a double accumulator in a float row) computes in its own type as C# does:
        // reads and writes convert where the user's code does, and the emitter stores it in scratch reinterpreted
        // (BackwardRowEmitter.BufferStorage.cs), its adjoint in its own type.
        IOperation? size = StackAllocSize(initializer) ?? ArrayCreationSize(initializer);
        if (size is null)
        {
            Report(RuleIdentifiers.UnsupportedBuffer, at, "the span local '" + local.Name + "'", Supported.Buffers);
            return;
        }

        int? length = Int(size) is { } lengthExpression ? ConstantValue(lengthExpression) : null;
        if (length is null || length < 0)
        {
            if (length < 0)
            {
                Report(RuleIdentifiers.UnsupportedBuffer, size, "the buffer length '" + Text(size.Syntax) + "' (" + length + ")", Supported.Buffers);
            }
            else if (!_problems.Any(p => p.Location.SourceSpan.IntersectsWith(size.Syntax.Span)))
            {
                Report(RuleIdentifiers.UnsupportedBuffer, size, "the buffer length '" + Text(size.Syntax) + "'", Supported.Buffers);
            }

            return;
        }

        _rejectedLocals.Remove(local);
        _buffers[local] = _bufferInfos.Count;
        _bufferInfos.Add((local.Name, elementType, length.Value));
    }

    /// <summary>The length operand of <c>stackalloc T[n]</c> (possibly converted to a span), or null.</summary>
    private static IOperation? StackAllocSize(IOperation? initializer)
    {
        while (initializer is IConversionOperation conversion)
        {
            initializer = conversion.Operand;
        }

        if (initializer?.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.StackAllocArrayCreationExpressionSyntax
            {
                Initializer: null,
                Type: Microsoft.CodeAnalysis.CSharp.Syntax.ArrayTypeSyntax { RankSpecifiers: [{ Sizes: [var sizeSyntax] }] },
            })
        {
            // The size's operation is a child of the stackalloc operation (its kind is not public).
            foreach (IOperation child in initializer.ChildOperations)
            {
                if (child.Syntax == sizeSyntax)
                {
                    return child;
                }

                if (child is IConversionOperation { Operand: var operand } && operand.Syntax == sizeSyntax)
                {
                    return operand;
                }
            }
        }

        return null;
    }

    /// <summary>The length operand of <c>new T[n]</c> without initialiser (possibly converted to a span), or null.</summary>
    private static IOperation? ArrayCreationSize(IOperation? initializer)
    {
        while (initializer is IConversionOperation conversion)
        {
            initializer = conversion.Operand;
        }

        return initializer is IArrayCreationOperation { DimensionSizes: [var size], Initializer: null } ? Unconverted(size) : null;
    }

    private int LengthOf(ArrayRef array) => array.Kind switch
    {
        ArrayKind.Input => _sizes.Inputs,
        ArrayKind.Output => _sizes.Outputs,
        ArrayKind.Parameter => _sizes.ParameterLengths[array.Index],
        _ => _bufferInfos[array.Index].Length,
    };

    private void LowerExpressionStatement(IExpressionStatementOperation statement, List<Statement> output) =>
        LowerExpressionStatementOperation(statement.Operation, Text(statement.Syntax), output, statement);

    /// <summary>Lowers an assignment, increment or call that is a statement (or an assignment hoisted out of an expression).</summary>
    private void LowerExpressionStatementOperation(IOperation operation, string source, List<Statement> output, IOperation? statementNode = null)
    {
        IOperation statement = statementNode ?? operation;
        if (TryLowerIntAssignment(operation, source, output))
        {
            return;
        }

        switch (operation)
        {
            case ISimpleAssignmentOperation assignment when IsBoolLocal(assignment.Target):
                if (Target(assignment.Target) is { } boolTarget && Condition(assignment.Value) is { } holds)
                {
                    output.Add(Assign(source, boolTarget, AsReal(holds)));
                }

                break;
            case ISimpleAssignmentOperation assignment:
                if (Target(assignment.Target) is { } simpleTarget && Real(assignment.Value) is { } value)
                {
                    output.Add(Assign(source, simpleTarget, Coerce(value, simpleTarget.Type)));
                }

                break;
            case ICompoundAssignmentOperation compound:
                if (Target(compound.Target) is { } compoundTarget && RealOperatorOf(compound.OperatorKind) is { } op &&
                    Real(compound.Value) is { } operand)
                {
                    RealType opType = compoundTarget.Type == RealType.Double || operand.Type == RealType.Double ? RealType.Double : RealType.Float;
                    RealExpr combined = new RealBinary(opType, op, Coerce(compoundTarget.Read, opType), Coerce(operand, opType));
                    output.Add(Assign(source, compoundTarget, Coerce(combined, compoundTarget.Type)));
                }
                else if (RealOperatorOf(compound.OperatorKind) is null && compound.Target.Type is not IErrorTypeSymbol && !IsPoisoned(compound))
                {
                    Report(RuleIdentifiers.UnsupportedExpression, statement, "the operator in '" + source + "'", Supported.Expressions);
                }

                break;
            case IIncrementOrDecrementOperation increment:
                if (Target(increment.Target) is { } incrementTarget)
                {
                    RealOperator step = increment.Kind == OperationKind.Increment ? RealOperator.Add : RealOperator.Subtract;
                    RealExpr combined = new RealBinary(incrementTarget.Type, step, incrementTarget.Read, new RealConstant(incrementTarget.Type, 1));
                    output.Add(Assign(source, incrementTarget, combined));
                }

                break;
            case IDeconstructionAssignmentOperation deconstruction:
                LowerDeconstruction(deconstruction, source, output);
                break;
            case IInvocationOperation invocation:
                if (!TryLowerSpanCall(invocation, source, output) && !TryLowerArrayCopy(invocation, source, output) && !TryInlineCallStatement(invocation))
                {
                    ReportCall(invocation);
                }

                break;
            case IInvalidOperation:
                _broken = true;
                break;
            default:
                if (operation.Type is IErrorTypeSymbol)
                {
                    _broken = true;
                    break;
                }

                Report(RuleIdentifiers.UnsupportedStatement, statement, "the statement '" + source + "'", Supported.Statements);
                _rejectedLocals.UnionWith(DeclaredLocals(statement)); // one error: not again where they are read
                break;
        }
    }

    private static Statement Assign(string source, AssignmentTarget target, RealExpr value) =>
        target.Local is { } local
            ? new AssignLocal(source, local, value, IsDeclaration: false)
            : new AssignElement(source, target.Array!, target.Index!, value);

    /// <summary>A place a real value is stored: a local or an element of y or a buffer.</summary>
    private sealed record AssignmentTarget(RealType Type, RealExpr Read, int? Local, ArrayRef? Array, IntExpr? Index);

    private AssignmentTarget? Target(IOperation target)
    {
        switch (target)
        {
            case ILocalReferenceOperation reference when _realLocals.TryGetValue(reference.Local, out int id):
                RealType type = _localInfos[id].Type;
                return new AssignmentTarget(type, new RealLocal(type, id), id, null, null);
            case ILocalReferenceOperation reference when _intLocals.TryGetValue(reference.Local, out int intId):
                if (_loopVariables.Contains(intId))
                {
                    Report(RuleIdentifiers.UnsupportedLoop, target, "assigning the loop variable '" + reference.Local.Name + "'", Supported.Loops);
                }
                else
                {
                    Report(RuleIdentifiers.UnsupportedIndex, target, "assigning the integer local '" + reference.Local.Name + "' after its declaration", Supported.Indices);
                }

                return null;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer when ViewOf(indexer.Instance) is { } view:
                ArrayRef array = view.Array;
                if (array.Kind is ArrayKind.Input or ArrayKind.Parameter)
                {
                    Report(RuleIdentifiers.UnsupportedWrite, target, "writing to '" + Text(target.Syntax) + "'", Supported.Writes);
                    return null;
                }

                if (Position(indexer.Arguments[0].Value, view.Length) is not { } written || ElementIndex(view, written, indexer.Arguments[0].Value) is not { } index)
                {
                    return null;
                }

                RealType elementType = ElementTypeOfArray(array);
                return new AssignmentTarget(elementType, new ElementRead(elementType, array, index), null, array, index);
            case IArrayElementReferenceOperation { Indices.Length: 1 } arrayElement when ViewOf(arrayElement.ArrayReference) is { } arrayView:
                // An element of a heap scratch array (T[] e = new T[n]), a buffer like a stackalloc span.
                if (Position(arrayElement.Indices[0], arrayView.Length) is not { } arrayIndex || ElementIndex(arrayView, arrayIndex, arrayElement.Indices[0]) is not { } arrayAt)
                {
                    return null;
                }

                RealType arrayType = ElementTypeOfArray(arrayView.Array);
                return new AssignmentTarget(arrayType, new ElementRead(arrayType, arrayView.Array, arrayAt), null, arrayView.Array, arrayAt);
            case IImplicitIndexerReferenceOperation { Argument: not IRangeOperation } fromEnd when ViewOf(fromEnd.Instance) is { } endView:
                if (endView.Array.Kind is ArrayKind.Input or ArrayKind.Parameter)
                {
                    Report(RuleIdentifiers.UnsupportedWrite, target, "writing to '" + Text(target.Syntax) + "'", Supported.Writes);
                    return null;
                }

                if (RangeEnd(fromEnd.Argument, endView) is not { } endIndex)
                {
                    return null;
                }

                IntExpr at = endView.At(endIndex);
                RealType endType = ElementTypeOfArray(endView.Array);
                return new AssignmentTarget(endType, new ElementRead(endType, endView.Array, at), null, endView.Array, at);
            case IParameterReferenceOperation reference when InlinedReference(reference.Parameter) is { } aliased:
                return aliased; // a ref or out parameter: the caller's storage (ForwardRowLowering.RefParameters.cs)
            case IParameterReferenceOperation parameter when _inlineFrames.Count > 0 && _inlineFrames[_inlineFrames.Count - 1].HasStatements &&
                                                             InlinedReal(parameter.Parameter) is RealLocal parameterLocal:
                // A value parameter of a helper with statements is a local of its own (ForwardRowLowering.HelperStatements.cs).
                return new AssignmentTarget(parameterLocal.Type, parameterLocal, parameterLocal.Id, null, null);
            case IMemberReferenceOperation { Instance: { } owner } when IsPoisoned(owner):
                return null; // a member of a rejected value (state.Velocity += … of a rejected tuple local): its cause is reported
            case ILocalReferenceOperation reference when !_rejectedLocals.Contains(reference.Local) && SpanOrArrayElement(reference.Local.Type) is not null:
                // A span view or buffer is fixed where it is declared: moving it (window = window[1..]) is a span local outside the subset.
                Report(RuleIdentifiers.UnsupportedBuffer, target, "reassigning the " + (reference.Local.Type is IArrayTypeSymbol ? "array" : "span") + " local '" +
                    reference.Local.Name + "'", Supported.Buffers);
                return null;
            case IFieldReferenceOperation field:
                Report(RuleIdentifiers.UnsupportedWrite, target, "writing to the field '" + field.Field.Name + "'", Supported.Writes);
                return null;
            case IPropertyReferenceOperation property when !property.Property.IsIndexer:
                Report(RuleIdentifiers.UnsupportedWrite, target, "writing to the property '" + property.Property.Name + "'", Supported.Writes);
                return null;
            case IInvalidOperation:
                _broken = true;
                return null;
            default:
                if (target.Type is IErrorTypeSymbol || target.Type is null)
                {
                    _broken = true;
                    return null;
                }

                if (IsPoisoned(target))
                {
                    return null; // what it writes into is reported
                }

                Report(RuleIdentifiers.UnsupportedWrite, target, "writing to '" + Text(target.Syntax) + "'", Supported.Writes);
                return null;
        }
    }

    private RealType ElementTypeOfArray(ArrayRef array) =>
        array.Kind == ArrayKind.Buffer ? _bufferInfos[array.Index].Type : _elementType;

    private void LowerFor(IForLoopOperation loop, List<Statement> output)
    {
        if (TryLowerConvergingFor(loop, output))
        {
            return; // for (int i = 0, j = n - 1; i < j; i++, j--) (ForwardRowLowering.ConvergingLoops.cs)
        }

        if (loop.AtLoopBottom.IsEmpty && loop.Before is [var declaration] && TryLowerCounterLoop(declaration, loop, loop.Condition, conditionIsTop: true, [], output))
        {
            return; // for (int k = 0; k < n;) { …; k++; … }: stepped in its body (ForwardRowLowering.CounterSteps.cs)
        }

        string header = Header(loop.Syntax, loop.Body);
        if (loop.Before.Length != 1 || loop.Before[0] is not IVariableDeclarationGroupOperation
            {
                Declarations: [{ Declarators: [{ Symbol: var variable } declarator, .. var others] }],
            } group || !IsInteger(variable.Type) || (declarator.Initializer?.Value ?? declarator.GetVariableInitializer()?.Value) is not { } startOperation)
        {
            ReportBrokenOr(loop, RuleIdentifiers.UnsupportedLoop, "the loop '" + header + "'", Supported.Loops);
            return;
        }

        // 'for (int i = 0, n = x.Length; i < n; i++)': the further integer locals are declared before the loop.
        foreach (IVariableDeclaratorOperation other in others)
        {
            LowerDeclarator(other, group, output);
        }

        IntExpr? start = Int(startOperation);
        int id = _intInfos.Count;
        _intInfos.Add((variable.Name, !InStatementHelper));
        _intLocals[variable] = id;
        _loopVariables.Add(id);

        (CompareOperator Operator, IntExpr Bound)? condition = LoopCondition(loop.Condition, variable, id);
        (ImmutableArray<IOperation> ownStep, ImmutableArray<IOperation> otherSteps) = SplitIncrementors(loop.AtLoopBottom, variable);
        int? step = LoopStep(ownStep, variable);
        bool directionMatches = condition is { } c && step is { } s &&
            (s > 0 ? c.Operator is CompareOperator.Less or CompareOperator.LessOrEqual : c.Operator is CompareOperator.Greater or CompareOperator.GreaterOrEqual);
        if (condition is not null && step is not null && !directionMatches)
        {
            Report(RuleIdentifiers.UnsupportedLoop, loop.Condition!, "the loop condition '" + Text(loop.Condition!.Syntax) + "' against the step", Supported.Loops);
        }

        var loweredBody = new List<Statement>();
        LowerLoopBody(loop.Body, loop.ContinueLabel, loweredBody);
        LowerOtherIncrementors(otherSteps, loweredBody);
        var body = new EquatableArray<Statement>(loweredBody.ToImmutableArray());
        if (start is not null && condition is { } cond && step is { } st && directionMatches)
        {
            output.Add(CountedLoop(new ForLoop(header, id, start, cond.Operator, cond.Bound, st, body), loop.Condition!, loop));
        }
    }

    private (CompareOperator, IntExpr)? LoopCondition(IOperation? condition, ILocalSymbol variable, int id)
    {
        if (condition is IBinaryOperation binary && CompareOperatorOf(binary.OperatorKind) is { } op)
        {
            bool leftIsVariable = IsReferenceTo(binary.LeftOperand, variable);
            bool rightIsVariable = IsReferenceTo(binary.RightOperand, variable);

            // 'i + k < n' is 'i < n - k'; 'i - k < n' is 'i < n + k'.
            VariableOffset? offset = null;
            if (!leftIsVariable && !rightIsVariable)
            {
                offset = OffsetOf(binary.LeftOperand, variable) ?? OffsetOf(binary.RightOperand, variable);
                leftIsVariable = offset is not null && offset.Side == binary.LeftOperand;
                rightIsVariable = offset is not null && offset.Side == binary.RightOperand;
            }

            if (leftIsVariable != rightIsVariable)
            {
                IOperation boundOperation = leftIsVariable ? binary.RightOperand : binary.LeftOperand;
                if (Int(boundOperation) is not { } bound)
                {
                    return null;
                }

                if (offset is not null)
                {
                    if (Int(offset.Amount) is not { } amount)
                    {
                        return null;
                    }

                    bound = new IntBinary(offset.Subtracted ? IntOperator.Add : IntOperator.Subtract, bound, amount);
                    boundOperation = binary;
                }

                if (IrWalk.ReadsVariable(bound, id))
                {
                    Report(RuleIdentifiers.UnsupportedLoop, boundOperation, "the loop bound '" + Text(boundOperation.Syntax) + "', which changes with '" + variable.Name + "'", Supported.Loops);
                    return null;
                }

                return (leftIsVariable ? op : Flip(op), bound);
            }
        }

        if (condition is null || condition.Type is not IErrorTypeSymbol)
        {
            Report(RuleIdentifiers.UnsupportedLoop, (SyntaxNode?)condition?.Syntax ?? _method.DeclaringSyntaxReferences[0].GetSyntax(),
                condition is null ? "a loop without a condition" : "the loop condition '" + Text(condition.Syntax) + "'", Supported.Loops);
        }

        return null;
    }

    private int? LoopStep(ImmutableArray<IOperation> atLoopBottom, ILocalSymbol variable)
    {
        IOperation? step = atLoopBottom.Length == 1 ? atLoopBottom[0] : null;
        if (step is IExpressionStatementOperation statement)
        {
            step = statement.Operation;
        }

        if (step is not null && ConstantStep(step, variable) is { } amount)
        {
            return amount;
        }

        SyntaxNode at = step?.Syntax ?? (atLoopBottom.Length > 0 ? atLoopBottom[0].Syntax : _method.DeclaringSyntaxReferences[0].GetSyntax());
        Report(RuleIdentifiers.UnsupportedLoop, at, step is null ? "a loop whose step is not 'i++', 'i--', 'i += k' or 'i -= k'" : "the loop step '" + Text(at) + "'", Supported.Loops);
        return null;
    }

    /// <summary>
    /// The constant step of <c>i++</c>, <c>++i</c>, <c>i += k</c>, <c>i = i + k</c>, <c>i = k + i</c> (k) and of the
    /// decrements <c>i--</c>, <c>i -= k</c>, <c>i = i - k</c> (−k), k a nonzero compile-time constant; else null.
    /// </summary>
    private static int? ConstantStep(IOperation statement, ILocalSymbol variable)
    {
        int? step = (statement is IExpressionStatementOperation { Operation: var operation } ? operation : statement) switch
        {
            IIncrementOrDecrementOperation increment when IsReferenceTo(increment.Target, variable) =>
                increment.Kind == OperationKind.Increment ? 1 : -1,
            ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } compound
                when IsReferenceTo(compound.Target, variable) && Constant(compound.Value) is { } k =>
                compound.OperatorKind == BinaryOperatorKind.Add ? k : -k,
            ISimpleAssignmentOperation { Value: IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum } assignment
                when IsReferenceTo(assignment.Target, variable) && IsReferenceTo(sum.LeftOperand, variable) && Constant(sum.RightOperand) is { } k => k,
            ISimpleAssignmentOperation { Value: IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum } assignment
                when IsReferenceTo(assignment.Target, variable) && IsReferenceTo(sum.RightOperand, variable) && Constant(sum.LeftOperand) is { } k => k,
            ISimpleAssignmentOperation { Value: IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference } assignment
                when IsReferenceTo(assignment.Target, variable) && IsReferenceTo(difference.LeftOperand, variable) && Constant(difference.RightOperand) is { } k => -k,
            _ => null,
        };
        return step is 0 or int.MinValue ? null : step;

        static int? Constant(IOperation value) => value.ConstantValue is { HasValue: true, Value: int k } ? k : null;
    }

    /// <summary><c>i + k</c>, <c>k + i</c> or <c>i - k</c> in a loop condition: the side it is and the offset k.</summary>
    private sealed record VariableOffset(IOperation Side, IOperation Amount, bool Subtracted);

    private static VariableOffset? OffsetOf(IOperation side, ILocalSymbol variable) => side is IBinaryOperation { OperatorMethod: null } binary
        ? binary.OperatorKind switch
        {
            BinaryOperatorKind.Add when IsReferenceTo(binary.LeftOperand, variable) => new VariableOffset(side, binary.RightOperand, Subtracted: false),
            BinaryOperatorKind.Add when IsReferenceTo(binary.RightOperand, variable) => new VariableOffset(side, binary.LeftOperand, Subtracted: false),
            BinaryOperatorKind.Subtract when IsReferenceTo(binary.LeftOperand, variable) => new VariableOffset(side, binary.RightOperand, Subtracted: true),
            _ => null,
        }
        : null;

    private static bool IsReferenceTo(IOperation operation, ILocalSymbol variable)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, variable);
    }

    private static CompareOperator Flip(CompareOperator op) => op switch
    {
        CompareOperator.Less => CompareOperator.Greater,
        CompareOperator.LessOrEqual => CompareOperator.GreaterOrEqual,
        CompareOperator.Greater => CompareOperator.Less,
        CompareOperator.GreaterOrEqual => CompareOperator.LessOrEqual,
        _ => op,
    };

    private void LowerForEach(IForEachLoopOperation loop, List<Statement> output)
    {
        string header = Header(loop.Syntax, loop.Body);
        IOperation collection = loop.Collection;
        while (collection is IConversionOperation conversion)
        {
            collection = conversion.Operand;
        }

        if (collection is IFieldReferenceOperation || TableViewOf(collection, collection) is not null)
        {
            if (TableViewOf(collection, collection) is { } table)
            {
                LowerForEachOverTable(loop, table, header, output);
            }

            return;
        }

        View? view = ViewOf(collection);
        if (view is null && IsPoisoned(collection))
        {
            return; // a loop over a value whose construct is reported
        }

        if (view is null || loop.LoopControlVariable is not IVariableDeclaratorOperation { Symbol: var variable } ||
            variable.RefKind != RefKind.None || RealTypeOf(variable.Type) is not { } type)
        {
            ReportBrokenOr(loop, RuleIdentifiers.UnsupportedLoop, "the loop '" + header + "'",
                "foreach must run over x, y, a learnable parameter or a local buffer, with a float or double variable; " + Supported.Loops);
            return;
        }

        int index = _intInfos.Count;
        _intInfos.Add((variable.Name + "Index", false));
        int local = _localInfos.Count;
        _localInfos.Add((variable.Name, type));
        _realLocals[variable] = local;

        var body = new List<Statement>
        {
            new AssignLocal(header, local, Coerce(new ElementRead(ElementTypeOfArray(view.Array), view.Array, view.At(new IntVariable(index))), type), IsDeclaration: true),
        };
        _loopVariables.Add(index);
        LowerLoopBody(loop.Body, loop.ContinueLabel, body);
        output.Add(new ForLoop(header, index, new IntConstant(0), CompareOperator.Less, view.Length, 1,
            new EquatableArray<Statement>(body.ToImmutableArray())));
    }

    private void LowerIf(IConditionalOperation conditional, List<Statement> output)
    {
        if (conditional.IsRef)
        {
            Report(RuleIdentifiers.UnsupportedExpression, conditional, "a ref conditional", Supported.Expressions);
            return;
        }

        string header = Header(conditional.Syntax, conditional.WhenTrue);
        Condition? condition = Condition(conditional.Condition);
        EquatableArray<Statement> whenTrue = LowerBody(conditional.WhenTrue);
        EquatableArray<Statement> whenFalse = LowerBody(conditional.WhenFalse);
        if (condition is not null)
        {
            output.Add(new IfStatement(header, condition, whenTrue, whenFalse));
        }
    }

    private void ReportBrokenOr(IOperation operation, string ruleId, string construct, string supported)
    {
        if (operation.Syntax.ContainsDiagnostics || operation.Descendants().Any(d => d is IInvalidOperation))
        {
            _broken = true;
            return;
        }

        Report(ruleId, operation, construct, supported);
    }
}
